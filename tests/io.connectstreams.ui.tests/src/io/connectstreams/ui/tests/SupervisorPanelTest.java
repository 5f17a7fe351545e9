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
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.testkit.Supervisor;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * A supervisor's monitored call on the card (silent → barge → listen only → leave, each click confirmed by the
 * sandbox), and the monitored agent's side: told when a supervisor barges in, never about a silent monitor.
 */
class SupervisorPanelTest extends ViewTestBase {

    private static final String CALLER = "+14255550177";

    @BeforeEach
    void quiet() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @Test
    void theSupervisorListensBargesListensAgainAndLeaves() throws Exception {
        Screenshots.frame(view.page, view.view);
        SandboxControl control = fixture.sandbox.control();
        // the monitored agent answers by itself on a desk phone: the view's runtime is Sam's
        control.addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent").withSoftphone(false, "+12065550199")
                .withAutoAccept(true).withInitialState("Available"));
        fixture.signIn(robot, "sam", false);
        CustomerContact call = fixture.center().customerCallsAgent(CALLER, "desk");
        String contactId = call.contactId();
        Supervisor sam = fixture.center().supervisor("sam");
        SandboxFixture.step(robot, () -> sam.monitor(call), "the desk agent to take the call, and Sam to monitor it");

        Label agent = view.find(Label.class, WidgetIds.MONITORED_AGENT);
        Label status = view.find(Label.class, WidgetIds.MONITOR_STATUS);
        Button barge = view.find(Button.class, WidgetIds.BARGE);
        Button listenOnly = view.find(Button.class, WidgetIds.LISTEN_ONLY);
        Button leave = view.find(Button.class, WidgetIds.LEAVE);
        Label joined = view.find(Label.class, WidgetIds.SUPERVISOR_JOINED);
        robot.waitUntil(() -> "Monitoring Desk Agent".equals(agent.getText()) && agent.isVisible(),
                () -> "the monitored call on the card: " + agent.getText());
        assertEquals("Listening", status.getText().strip());
        assertTrue(barge.isVisible() && leave.isVisible());
        assertFalse(listenOnly.isVisible(), "listening already");
        for (String agentsOnly : List.of(WidgetIds.ACCEPT, WidgetIds.HANG_UP, WidgetIds.HOLD, WidgetIds.TRANSFER,
                WidgetIds.KEYPAD, WidgetIds.PAUSE)) {
            assertFalse(view.find(Button.class, agentsOnly).isVisible(), agentsOnly + " is the agent's");
        }

        robot.click(barge);
        robot.waitUntil(() -> SandboxContacts.monitors(control, contactId).equals(List.of("barge")),
                () -> "Sam barging in the sandbox: " + SandboxContacts.monitors(control, contactId));
        robot.waitUntil(() -> "Barged in".equals(status.getText().strip()) && listenOnly.isVisible()
                && !barge.isVisible(), () -> "barged in on the card: " + status.getText());
        assertFalse(joined.isVisible(), "Sam's own contact is under supervision in Streams' sense, but Sam is it");
        Screenshots.save(robot, view.composite, "supervisor-panel");

        robot.click(listenOnly);
        robot.waitUntil(() -> SandboxContacts.monitors(control, contactId).equals(List.of("silent_monitor")),
                () -> "Sam silent again: " + SandboxContacts.monitors(control, contactId));
        robot.waitUntil(() -> "Listening".equals(status.getText().strip()) && barge.isVisible(),
                () -> "listening on the card: " + status.getText());

        robot.click(leave);
        robot.waitUntil(() -> SandboxContacts.monitors(control, contactId).isEmpty(), "Sam gone from the call");
        assertEquals(Optional.of("connected"), SandboxContacts.state(control, contactId), "the call goes on");
        awaitNoContact();
        assertFalse(agent.isVisible());
        call.hangUp();
    }

    @Test
    void theAgentSeesABargingSupervisorNeverASilentOne() throws Exception {
        Agent jane = signInAvailable();
        SandboxControl control = fixture.sandbox.control();
        CustomerContact call = ring(CALLER);
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(CALLER, Phase.CONNECTED);
        Label joined = view.find(Label.class, WidgetIds.SUPERVISOR_JOINED);
        Supervisor sam = fixture.center().supervisor("sam");

        SandboxFixture.step(robot, () -> sam.monitor(call), "Sam to monitor the call");
        // every snapshot delivered and the next long poll held: a silent monitor changed nothing for Jane
        robot.waitUntil(() -> control.heldPolls() > 0, "the worker's long poll held");
        robot.flush();
        assertFalse(joined.isVisible(), "a silent monitor is never shown");
        assertTrue(jane.getContacts().stream().flatMap(c -> c.getConnections().stream())
                .noneMatch(c -> c.getType() == ConnectionType.MONITORING), "nor does Jane's snapshot list it");

        SandboxFixture.step(robot, () -> sam.barge(call), "Sam to barge in");
        robot.waitUntil(joined::isVisible, "Jane told the supervisor joined");
        assertEquals(List.of("barge"), SandboxContacts.monitors(control, call.contactId()));

        SandboxFixture.step(robot, () -> sam.listenOnly(call), "Sam to listen silently again");
        robot.waitUntil(() -> !joined.isVisible(), "nothing once the supervisor listens silently again");
        robot.waitUntil(() -> control.heldPolls() > 0, "the worker's long poll held");
        robot.flush();
        assertFalse(joined.isVisible());
    }
}
