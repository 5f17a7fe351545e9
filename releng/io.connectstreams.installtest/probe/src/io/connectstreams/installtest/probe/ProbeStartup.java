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

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs the install test's checks in a started host, writes the verdict and closes the workbench. Inert unless the
 * host was started with {@code -Dinstalltest.verdict=<file>}, so the probe is a harmless part of the host otherwise.
 */
public class ProbeStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ProbeSettings settings = ProbeSettings.fromSystemProperties();
        if (settings == null) {
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(ProbeStartup.class).getBundleContext();
        Verdict verdict = new Verdict();
        try {
            new FrameworkCheck(context, settings).run(verdict);
            new BundleCheck(context, settings).run(verdict);
            new ComponentCheck(context, settings).run(verdict);
            new ServiceCheck(context, settings).run(verdict);
            new ViewCheck(settings).run(verdict);
        } catch (RuntimeException | InterruptedException e) {
            verdict.fail("probe", "stopped by " + e);
        }
        try {
            verdict.write(settings.verdictFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeWorkbench();
        }
    }

    private static void closeWorkbench() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
