/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.connectstreams.demo.internal.sandbox.DemoContactCenter;

/**
 * A command of the Sandbox menu: runs against the demo's contact center and reports a failure (the sandbox refused,
 * for example) in a dialog and the log. The sandbox's control calls are in-memory and return at once, so they run
 * on the UI thread.
 */
abstract class SandboxCommandHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        try (ServiceHandle<DemoContactCenter> contactCenter = ServiceHandle.of(DemoContactCenter.class)) {
            run(event, contactCenter.get());
        } catch (RuntimeException e) {
            Errors.show(failure(), e);
        }
        return null;
    }

    /**
     * Does the command's work.
     *
     * @param event the execution event
     * @param contactCenter the demo's contact center
     */
    abstract void run(ExecutionEvent event, DemoContactCenter contactCenter);

    /**
     * @return what failed, for the error dialog
     */
    abstract String failure();

    /**
     * Shows what was done in the status line of the active view.
     *
     * @param event the execution event
     * @param message the message
     */
    static void report(ExecutionEvent event, String message) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part != null && part.getSite() instanceof IViewSite site) {
            site.getActionBars().getStatusLineManager().setMessage(message);
        }
    }
}
