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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.Queue;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The panel's dial field, by the widgets' ids: checked as the agent types (the readable number, or the reason it
 * may not be called, and Call only for a number that may be), the caller ID picker of the sandbox agent's three
 * queues, and Enter dialling on the chosen queue.
 */
class DialFieldTest extends ViewTestBase {

    @Test
    void typingChecksTheNumberAndEnterCallsOnTheChosenQueue() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        Text number = view.find(Text.class, WidgetIds.DIAL_NUMBER);
        assertFalse(number.isVisible(), "no dial field while signed out");
        Agent agent = signInAvailable();
        robot.waitUntil(number::isVisible, "the dial field once signed in");
        Button call = view.find(Button.class, WidgetIds.DIAL_CALL);
        Label feedback = view.find(Label.class, WidgetIds.DIAL_FEEDBACK);
        Combo queue = view.find(Combo.class, WidgetIds.DIAL_QUEUE);

        robot.type(number, "+55 11 3003-9303"); // Brazil: not among the sandbox's dialable countries
        assertEquals("You may not call numbers of this country.", feedback.getText());
        assertFalse(call.isEnabled());
        robot.type(number, "555-0100");
        assertEquals("Too few digits.", feedback.getText());
        assertFalse(call.isEnabled());
        robot.type(number, "+44 20 7946 0123");
        assertEquals("Calls +44 20 7946 0123", feedback.getText(), "a UK number for an agent in the US");
        robot.type(number, "4255550100");
        assertEquals("Calls (425) 555-0100", feedback.getText(), "national: read in the agent's country");
        assertTrue(call.isEnabled());

        assertTrue(queue.isVisible(), "three outbound queues: the caller ID picker shows");
        List<String> names = agent.getRoutingProfile().queues().stream().map(Queue::name).toList();
        assertEquals(names, List.of(queue.getItems()), "the default outbound queue first");
        assertEquals(agent.getRoutingProfile().defaultOutboundQueue().name(), queue.getText());
        robot.select(queue, "Support");

        // Enter in a single-line text is its default selection (a posted '\r' is no Return key under Xvfb/GTK)
        number.notifyListeners(SWT.DefaultSelection, new Event());
        robot.flush();
        robot.waitUntil(() -> DialCommandTest.outbound(agent).isPresent(),
                () -> "Enter placed the call: " + agent.toSnapshot().contacts());
        ContactSnapshot placed = DialCommandTest.outbound(agent).orElseThrow();
        assertEquals(DialCommandTest.queue(agent, "Support").queueArn(), placed.queue().queueArn());
        assertEquals("+14255550100", placed.initialConnection().orElseThrow().endpoint().stripPhoneNumber());

        // the back end's refusal of a second call while one is active reaches the message line
        robot.click(call);
        Text message = view.find(Text.class, WidgetIds.MESSAGE);
        robot.waitUntil(() -> !message.getText().isEmpty(), "the second call's failure said");
        assertEquals(1, agent.toSnapshot().contacts().size(), () -> "one call: " + agent.toSnapshot().contacts());
    }

    @Test
    void aProfileWithOneOutboundQueueHasNoCallerIdPicker() {
        fixture.sandbox.control().addAgent(AgentSpec.of("solo", "solo-sandbox", "Solo Agent")
                .withRoutingProfile("Solo Routing Profile", List.of("Support")));
        Agent agent = fixture.signIn(robot, "solo", false);
        Text number = view.find(Text.class, WidgetIds.DIAL_NUMBER);
        robot.waitUntil(number::isVisible, "the dial field once signed in");
        assertEquals(List.of("Support"), agent.getRoutingProfile().queues().stream().map(Queue::name).toList());
        assertFalse(view.find(Combo.class, WidgetIds.DIAL_QUEUE).isVisible(), "one queue: nothing to pick");
        robot.type(number, "+1 425 555 0100");
        assertTrue(view.find(Button.class, WidgetIds.DIAL_CALL).isEnabled());
    }
}
