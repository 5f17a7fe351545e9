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

import java.net.URI;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;

import io.connectstreams.api.Streams;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Registration;
import io.connectstreams.demo.internal.crm.ScreenPopService;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.signin.DemoSignIn;
import io.connectstreams.session.AgentSignIn;

/**
 * What the demo application adds to the running workbench: the screen pop, the check mark of "Calls on a Timer"
 * (which also stops by itself), the demo agent's sign-in (a background job), and the optional exit after
 * {@value #EXIT_AFTER} seconds for unattended runs. Closing it ends the agent's session before the framework stops
 * the sandbox.
 */
public final class DemoSession implements AutoCloseable {

    /** System property: close the workbench after this many seconds (unset or 0: never). */
    public static final String EXIT_AFTER = "demo.exitAfter"; //$NON-NLS-1$

    private final ServiceHandle<DemoContactCenter> contactCenter;
    private final ServiceHandle<ScreenPopService> screenPop;
    private final ServiceHandle<Streams> streams;
    private final ServiceHandle<AgentSignIn> signIn;
    private final ScreenPopPresenter presenter;
    private final Registration timerState;

    private DemoSession(IWorkbench workbench) {
        contactCenter = ServiceHandle.of(DemoContactCenter.class);
        screenPop = ServiceHandle.of(ScreenPopService.class);
        streams = ServiceHandle.of(Streams.class);
        signIn = ServiceHandle.of(AgentSignIn.class);
        presenter = new ScreenPopPresenter(workbench, screenPop.get());
        timerState = contactCenter.get().callTimer().onRunningChange(running -> refreshTimerItems(workbench));
    }

    /**
     * Starts the session; call on the UI thread once the workbench window is open.
     *
     * @param workbench the workbench
     * @param statusLine the window's status line, which tells who is signed in
     * @return the session
     * @throws IllegalStateException when a service of the demo is missing
     */
    public static DemoSession start(IWorkbench workbench, IStatusLineManager statusLine) {
        DemoSession session = new DemoSession(workbench);
        URI sandbox = session.contactCenter.get().sandbox().baseUri();
        new DemoSignIn(session.streams.get(), session.signIn.get(), session.contactCenter.get()).job(agent -> {
            String message = NLS.bind(Messages.SignIn_done, agent.getName(), sandbox);
            asyncExec(workbench, () -> statusLine.setMessage(message));
        }).schedule();
        long exitAfter = Long.getLong(EXIT_AFTER, 0);
        if (exitAfter > 0) {
            int millis = (int) Math.min(Integer.MAX_VALUE, exitAfter * 1000);
            workbench.getDisplay().timerExec(millis, () -> {
                if (!workbench.isClosing()) {
                    workbench.close();
                }
            });
        }
        return session;
    }

    /**
     * Stops the screen pop and the timer, ends the agent's session, releases the services.
     */
    @Override
    public void close() {
        presenter.close();
        timerState.close();
        contactCenter.get().callTimer().stop();
        streams.get().terminate();
        streams.close();
        signIn.close();
        screenPop.close();
        contactCenter.close();
    }

    private static void refreshTimerItems(IWorkbench workbench) {
        asyncExec(workbench, () -> {
            ICommandService commands = workbench.getService(ICommandService.class);
            if (commands != null) {
                commands.refreshElements(CallTimerHandler.COMMAND_ID, null);
            }
        });
    }

    private static void asyncExec(IWorkbench workbench, Runnable update) {
        try {
            workbench.getDisplay().asyncExec(() -> {
                if (!workbench.isClosing()) {
                    update.run();
                }
            });
        } catch (SWTException disposed) {
            // the workbench is gone
        }
    }
}
