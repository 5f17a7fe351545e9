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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.testing.Bundles;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The toggle-mute command (Ctrl+Alt+M) acts on the mute the agent sees. The mute state has one source, the
 * softphone, which changes it before it announces {@code agent::mute_toggle}; the bus hands that event to the
 * all-event handlers (the bridge that brings it to the view among them) first, so an all-event handler added by this
 * test reads what the command would decide at the moment the view learns of the change. It must already be the new
 * state, else an agent pressing Ctrl+Alt+M just after the button shows "Muted" mutes again (seen in the
 * responsiveness benchmark on a busy machine, when the command had a tracker of its own).
 */
class MuteCommandTest extends ViewTestBase {

    @Test
    void theKeyActsOnTheMuteTheViewShows() {
        // under Xvfb a shown notification swallows posted key events (KeyBindingsTest): none here
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        signInAvailable();
        String caller = "+14255550133";
        String contactId = ring(caller).contactId();
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(caller, Phase.CONNECTED);
        robot.waitUntil(() -> fixture.talking(contactId), () -> "the softphone's session TALKING: "
                + fixture.softphone.sessions());

        Softphone softphone = Bundles.service(Softphone.class, UiRobot.WAIT);
        List<Boolean> commandSees = new CopyOnWriteArrayList<>();
        Button mute = view.find(Button.class, WidgetIds.MUTE);
        try (Subscription announcements = fixture.bus.subscribeAll(event -> {
            if (AgentEvents.MUTE_TOGGLE.equals(event.name())) {
                commandSees.add(softphone.isMuted());
            }
        })) {
            robot.toggle(mute);
            robot.waitUntil(() -> "Unmute".equals(mute.getText()) && commandSees.size() == 1,
                    () -> "the softphone's mute in the button: " + mute.getText() + ", " + commandSees);
            assertEquals(List.of(true), commandSees, "what Ctrl+Alt+M acts on when the view learns of the mute");

            robot.pressKeys(stateSelector(), new int[] { SWT.CTRL, SWT.ALT }, 'm');
            robot.waitUntil(() -> "Mute".equals(mute.getText()) && !mute.getSelection() && commandSees.size() == 2,
                    () -> "Ctrl+Alt+M to unmute: " + mute.getText() + ", " + commandSees);
            assertEquals(List.of(true, false), commandSees);
        }
    }
}
