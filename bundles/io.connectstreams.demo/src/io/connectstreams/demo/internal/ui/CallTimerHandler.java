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

import java.time.Duration;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.CallTimer;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;

/**
 * Sandbox &gt; Calls on a Timer, a check item: turning it on asks for the interval and places a call from a random
 * customer at once and then every interval, at most {@value CallTimer#DEFAULT_MAX_CALLS} calls; turning it off
 * stops. The check mark follows the timer, also when it stops by itself ({@link DemoSession} refreshes it).
 */
public final class CallTimerHandler extends SandboxCommandHandler implements IElementUpdater {

    /** The command id. */
    public static final String COMMAND_ID = "io.connectstreams.demo.callTimer"; //$NON-NLS-1$

    static final int MIN_SECONDS = 2;
    static final int MAX_SECONDS = 3600;
    private static final int DEFAULT_SECONDS = 20;

    private int lastSeconds = DEFAULT_SECONDS;

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        CallTimer timer = contactCenter.callTimer();
        if (timer.isRunning()) {
            timer.stop();
            report(event, Messages.Timer_stopped);
            return;
        }
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Timer_title,
                NLS.bind(Messages.Timer_message, timer.maxCalls()), Integer.toString(lastSeconds),
                CallTimerHandler::validate);
        if (dialog.open() == Window.OK) {
            lastSeconds = Integer.parseInt(dialog.getValue().trim());
            timer.start(Duration.ofSeconds(lastSeconds));
            report(event, NLS.bind(Messages.Timer_started, lastSeconds));
        }
    }

    @Override
    String failure() {
        return Messages.Timer_failed;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface's raw Map; on the method: ECJ builds a local suppression's error in
    public void updateElement(UIElement element, Map parameters) {
        try (ServiceHandle<DemoContactCenter> contactCenter = ServiceHandle.of(DemoContactCenter.class)) {
            element.setChecked(contactCenter.get().callTimer().isRunning());
        } catch (IllegalStateException stopped) {
            element.setChecked(false);
        }
    }

    private static String validate(String text) {
        try {
            int seconds = Integer.parseInt(text.trim());
            if (seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) {
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return NLS.bind(Messages.Timer_invalid, MIN_SECONDS, MAX_SECONDS);
    }
}
