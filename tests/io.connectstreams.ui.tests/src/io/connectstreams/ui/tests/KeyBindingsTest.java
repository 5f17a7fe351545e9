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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.AgentCommands;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The commands and their key bindings, with real key events: Ctrl+Alt+A accepts the ringing call, Ctrl+Alt+H hangs
 * up; each command is enabled only while it applies, and its key does nothing otherwise.
 */
class KeyBindingsTest extends ViewTestBase {

    private static final int[] CTRL_ALT = { SWT.CTRL, SWT.ALT };

    @Test
    void theKeysAcceptAndHangUpAndDoNothingWhenTheyDoNotApply() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command accept = commands.getCommand(AgentCommands.ACCEPT);
        Command hangUp = commands.getCommand(AgentCommands.HANG_UP);
        Command mute = commands.getCommand(AgentCommands.TOGGLE_MUTE);
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue("Ctrl+Alt+A".equals(bindings.getBestActiveBindingFormattedFor(AgentCommands.ACCEPT)));
        assertTrue("Ctrl+Alt+H".equals(bindings.getBestActiveBindingFormattedFor(AgentCommands.HANG_UP)));
        assertTrue("Ctrl+Alt+M".equals(bindings.getBestActiveBindingFormattedFor(AgentCommands.TOGGLE_MUTE)));
        assertFalse(accept.isEnabled() || hangUp.isEnabled() || mute.isEnabled(), "nothing applies signed out");

        // Display.post hands key events to the first window GDK marks focused; under Xvfb, without a window
        // manager, a shown notification (which takes no focus) is marked so and swallows them: no notifications here
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        signInAvailable();
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        Combo focus = stateSelector();
        robot.pressKeys(focus, CTRL_ALT, 'a');
        robot.flush();
        assertTrue(contacts.getItemCount() == 0 && !accept.isEnabled(), "no call: Ctrl+Alt+A does nothing");

        String caller = "+14255550111";
        ring(caller);
        assertTrue(accept.isEnabled() && !hangUp.isEnabled() && !mute.isEnabled(), "only accept while ringing");
        robot.pressKeys(focus, CTRL_ALT, 'a');
        awaitContact(caller, Phase.CONNECTED);
        assertTrue(!accept.isEnabled() && hangUp.isEnabled() && mute.isEnabled(), "hang up and mute on the call");

        robot.pressKeys(focus, CTRL_ALT, 'h');
        awaitContact(caller, Phase.AFTER_CALL_WORK);
        assertFalse(hangUp.isEnabled() || mute.isEnabled(), "nothing to hang up or mute in after-call work");
        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        awaitNoContact();
    }
}
