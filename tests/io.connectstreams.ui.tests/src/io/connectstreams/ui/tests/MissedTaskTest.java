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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * A task rings like a call: the card counts down the seconds left to accept it, and a miss reads as a missed task,
 * not a missed call (the sandbox and the view ring for 5 s here).
 */
class MissedTaskTest extends ViewTestBase {

    @Override
    Sandbox.Builder sandbox() {
        return super.sandbox().ringTimeout(Duration.ofSeconds(5));
    }

    @BeforeEach
    void ringForFiveSeconds() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).put(AgentPreferences.RING_TIMEOUT_SECONDS, "5");
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @Test
    void anUnacceptedTaskCountsDownAndIsMissed() {
        signInAvailable();
        SandboxControl control = fixture.sandbox.control();
        String taskId = fixture.center().taskArrives("Call Ada back").contactId();
        Label countdown = view.find(Label.class, WidgetIds.CARD_COUNTDOWN);
        Label banner = view.find(Label.class, WidgetIds.MISSED_BANNER);
        robot.waitUntil(countdown::isVisible, "the countdown of the offered task");
        robot.waitUntil(() -> SandboxContacts.state(control, taskId).equals(Optional.of("missed")),
                () -> "the task missed in the sandbox: " + SandboxContacts.state(control, taskId));
        robot.waitUntil(() -> "Missed task: Call Ada back".equals(banner.getText()),
                () -> "the banner: " + banner.getText());
        assertTrue(view.find(Button.class, WidgetIds.CLEAR).isVisible(), "to clear it");
    }
}
