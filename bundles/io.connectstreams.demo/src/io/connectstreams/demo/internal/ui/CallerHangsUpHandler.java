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

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;

/**
 * Sandbox &gt; Caller Hangs Up: the caller of the demo agent's live call hangs up.
 */
public final class CallerHangsUpHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        Optional<String> ended = contactCenter.calls().hangUpActiveCall();
        if (ended.isPresent()) {
            report(event, Messages.Calls_hungUp);
        } else {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Calls_hangUpTitle,
                    Messages.Calls_noActiveCall);
        }
    }

    @Override
    String failure() {
        return Messages.Calls_hangUpFailed;
    }
}
