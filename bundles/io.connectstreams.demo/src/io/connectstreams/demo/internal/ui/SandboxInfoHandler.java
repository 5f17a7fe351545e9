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
