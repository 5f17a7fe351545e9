/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest.probe;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the view in the host's own workbench window, as a user would from Window > Show View, and checks that the
 * part was really created: a failing part factory gives an "error" view instead, which this tells apart.
 */
final class ViewCheck {

    private final ProbeSettings settings;

    ViewCheck(ProbeSettings settings) {
        this.settings = settings;
    }

    void run(Verdict verdict) {
        if (settings.viewId().isEmpty()) {
            return;
        }
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicReference<String> success = new AtomicReference<>();
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            try {
                success.set(open());
            } catch (PartInitException | RuntimeException e) {
                failure.set(e.toString());
            }
        });
        if (failure.get() != null) {
            verdict.fail("view", settings.viewId() + ": " + failure.get());
        } else {
            verdict.pass("view", settings.viewId() + " " + success.get());
        }
    }

    private String open() throws PartInitException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IViewPart view = window.getActivePage().showView(settings.viewId());
        if (view == null || view.getClass().getName().endsWith("ErrorViewPart")) {
            throw new IllegalStateException("the workbench shows an error part: " + view);
        }
        MPart part = window.getService(EPartService.class).findPart(settings.viewId());
        if (part == null || !(part.getWidget() instanceof Composite composite) || composite.isDisposed()
                || composite.getChildren().length == 0) {
            throw new IllegalStateException("the part has no controls: " + part);
        }
        return "opened: \"" + view.getTitle() + "\", " + part.getObject().getClass().getName();
    }
}
