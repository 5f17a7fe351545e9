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

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;

/**
 * Sandbox &gt; Show Sandbox Info: URLs, control key, files and agents of the demo's sandbox.
 */
public final class SandboxInfoHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        new SandboxInfoDialog(HandlerUtil.getActiveShell(event), SandboxInfo.describe(contactCenter)).open();
    }

    @Override
    String failure() {
        return Messages.Info_failed;
    }
}
