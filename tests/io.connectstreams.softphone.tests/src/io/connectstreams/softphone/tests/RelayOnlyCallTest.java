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

import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testkit.CustomerContact;

/**
 * Relay-only ICE through a real TURN server (coturn in the test's network namespace): the call configuration says
 * {@code "iceTransportPolicy":"relay"}, both ends gather only relay candidates, and the audio still flows both ways,
 * mutes and comes back.
 */
class RelayOnlyCallTest {

    @Test
    void aRelayOnlyCallTalksThroughTurn() throws Exception {
        try (CoturnServer turn = CoturnServer.start();
                SoftphoneFixture fixture = SoftphoneFixture.available(Sandbox.builder().turnServer(turn.turnServer())
                        .relayOnly(true), "jane")) {
            CustomerContact call = talking(fixture);
            String id = call.contactId();
            Contact contact = call.accept();

            Audio.agentHearsCaller(fixture.probe, id);
            Audio.callerHearsAgent(fixture.sandbox.control(), id);
            assertEquals("relay", fixture.probe.localCandidateType(id).orElse("none"),
                    "the media goes through the TURN server");
            fixture.agent.mute();
            Audio.callerHearsSilence(fixture.sandbox.control(), id);
            fixture.agent.unmute();
            Audio.callerHearsAgent(fixture.sandbox.control(), id);
            SoftphoneFixture.await(contact.getAgentConnection().orElseThrow().destroy());
            fixture.awaitSession(id, SoftphoneSessionState.DISCONNECTED);
        }
    }

    @Test
    void withoutAPolicyInTheCallConfigurationTheSoftphoneUsesRelayOnly() throws Exception {
        // the sandbox with a TURN server leaves the policy to the client, as Amazon Connect does: the agent's
        // local addresses must not reach the instance (connect-rtc's iceTransportPolicy:'relay'); the caller's
        // peer, not relay-only, offers its host candidates
        try (CoturnServer turn = CoturnServer.start();
                SoftphoneFixture fixture = SoftphoneFixture.available(Sandbox.builder().turnServer(turn.turnServer()),
                        "jane")) {
            CustomerContact call = talking(fixture);
            String id = call.contactId();
            Contact contact = call.awaitRinging();
            Audio.agentHearsCaller(fixture.probe, id);
            assertEquals("relay", fixture.probe.localCandidateType(id).orElse("none"),
                    "the softphone gathered relay candidates only");
            SoftphoneFixture.await(contact.getAgentConnection().orElseThrow().destroy());
            fixture.awaitSession(id, SoftphoneSessionState.DISCONNECTED);
        }
    }

    /** Jane gets a call; returns it once her softphone session talks. */
    private static CustomerContact talking(SoftphoneFixture fixture) {
        CustomerContact call = fixture.customerCalls();
        call.awaitRinging();
        fixture.awaitSession(call.contactId(), SoftphoneSessionState.TALKING);
        return call;
    }
}
