/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.names.PartyNames;

/**
 * Saves the screenshots of the README: into {@code target/screenshots} of the test bundle, or into the folder the
 * system property {@code cs.screenshots} names (the README's are made with
 * {@code -Dtycho.testArgLine=-Dcs.screenshots=$PWD/docs/screenshots}), so an ordinary test run leaves the sources
 * untouched. The workbench window gets a fixed size and the view is maximized in it, so every picture shows the view
 * alone at the same size.
 */
final class Screenshots {

    private static final int WIDTH = 980;
    private static final int HEIGHT = 720;
    /** The name the host's directory gives the caller of the pictures. */
    static final String CALLER_NAME = "Ada Lovelace";

    private Screenshots() {
    }

    /**
     * @param page the workbench page
     * @param view the agent view
     */
    static void frame(IWorkbenchPage page, IViewPart view) {
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(WIDTH, HEIGHT);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
    }

    /**
     * Registers a host directory (as a CRM does) that names the caller, so the pictures show a call "with the
     * caller's name"; its answer comes on another thread, as a remote CRM's would.
     *
     * @param number the caller's number (E.164)
     * @return the registration, to unregister after the test
     */
    static ServiceRegistration<PartyNames> nameTheCaller(String number) {
        PartyNames crm = contact -> CompletableFuture.supplyAsync(
                () -> PartyNames.phoneNumber(contact).filter(number::equals).map(found -> CALLER_NAME));
        return FrameworkUtil.getBundle(Screenshots.class).getBundleContext().registerService(PartyNames.class, crm,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
    }

    /**
     * @param robot takes the picture
     * @param control what to show
     * @param name the file name without {@code .png}
     * @throws IOException when the file cannot be written
     */
    static void save(UiRobot robot, Control control, String name) throws IOException {
        robot.screenshot(control, folder().resolve(name + ".png"));
    }

    private static Path folder() {
        String configured = System.getProperty("cs.screenshots");
        return configured != null ? Path.of(configured) : Path.of("target", "screenshots");
    }

    /**
     * @return the active page
     */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
