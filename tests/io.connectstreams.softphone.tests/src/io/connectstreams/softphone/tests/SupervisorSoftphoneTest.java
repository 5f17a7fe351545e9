/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.testing.Await;

/**
 * A supervisor's softphone listens in: when the sandbox's supervisor sam starts monitoring a call, the softphone
 * starts a session for sam's monitoring connection (Streams' getAgentConnection() returns it), hears the caller,
 * and the caller does not hear a silent supervisor. The call's agent is on a desk phone, so the softphone serves
 * only the supervisor. Barging and hearing the agent are measured in the sandbox's SupervisorMediaTest.
 */
class SupervisorSoftphoneTest {

    private SoftphoneFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theSupervisorsSoftphoneHearsTheCallerAndIsNotHeardWhileSilent() throws Exception {
        fixture = new SoftphoneFixture(Sandbox.builder());
        SandboxControl control = fixture.sandbox.control();
        control.addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent").withSoftphone(false, "+12065550199")
                .withAutoAccept(true).withInitialState("Available"));
        fixture.signIn("sam");
        String contactId = control.placeCall(SoftphoneFixture.CALLER, null, "desk");
        AtomicReference<String> monitor = new AtomicReference<>();
        Await.until(SoftphoneFixture.WAIT, () -> {
            try {
                monitor.set(control.monitor(contactId, "sam"));
                return true;
            } catch (RuntimeException notConnectedYet) {
                return false;
            }
        }, "the desk agent to take the call, and sam to monitor it");

        SoftphoneSessionInfo talking = fixture.awaitSession(contactId, SoftphoneSessionState.TALKING);
        assertEquals(monitor.get(), talking.agentConnectionId(), "the session of the monitoring connection");
        Audio.agentHearsCaller(fixture.probe, contactId);
        assertTrue(control.monitorLevels(monitor.get()).isEmpty(), "nobody hears a silent supervisor");
        assertEquals(List.of(talking.agentConnectionId()), fixture.softphone.sessions().stream()
                .map(SoftphoneSessionInfo::agentConnectionId).toList());

        control.hangUp(contactId); // the call ends: the monitoring with it, and the server's bye ends the session
        assertEquals(SoftphoneSessionState.DISCONNECTED, fixture.awaitEnded(contactId).state());
    }
}
