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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testing.Await;

/**
 * The kept (persistent) peer connection: the first call invites with {@code persistentConnection}, the next ones
 * attach with {@code connectContact} on the same peer connection, each with audio both ways and measured apart by
 * the caller; without it on the server, every call has its own; a peer connection whose call failed before the
 * answer carries the next call.
 */
class PersistentPeerConnectionTest {

    @Test
    void contactsFollowEachOtherOnOnePeerConnection() throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            calls.probe.playTone(SoftphoneFixture.AGENT_HZ,
                    SoftphoneFixture.AGENT_AMPLITUDE);
            int opened = calls.probe.peerConnectionsOpened();
            for (int i = 0; i < 3; i++) {
                Call call = calls.offer();
                calls.awaitState(call, SoftphoneSessionState.TALKING);
                assertEquals(i > 0, calls.reached(call, SoftphoneSessionState.CONNECT_CONTACT), calls.states(call)
                        .toString());
                assertEquals(i == 0, calls.reached(call, SoftphoneSessionState.INVITE_ANSWER));
                assertTrue(calls.probe.hasPersistentConnection());
                Audio.agentHearsCaller(calls.probe, call.contactId());
                Audio.callerHearsAgent(calls.sandbox.control(), call.contactId());
                if (i % 2 == 0) {
                    calls.callerHangsUp(call);
                } else {
                    calls.destroy(call); // the softphone hangs up: disconnectContact
                }
                Await.until(PlayedCalls.WAIT, () -> calls.sandbox.control().levels(call.contactId()).isEmpty(),
                        "its media to stop at the server");
            }
            assertEquals(opened + 1, calls.probe.peerConnectionsOpened(), "one peer connection for all");
            calls.probe.silence();
        }
    }

    @Test
    void withoutPersistentConnectionsOnTheServerEveryCallHasItsOwn() throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder().persistentPeerConnections(false))) {
            int opened = calls.probe.peerConnectionsOpened();
            for (int i = 0; i < 2; i++) {
                Call call = calls.offer();
                calls.awaitState(call, SoftphoneSessionState.TALKING);
                assertTrue(calls.reached(call, SoftphoneSessionState.INVITE_ANSWER));
                assertFalse(calls.probe.hasPersistentConnection());
                Audio.agentHearsCaller(calls.probe, call.contactId());
                calls.callerHangsUp(call);
            }
            assertEquals(opened + 2, calls.probe.peerConnectionsOpened());
        }
    }

    @Test
    void aFailedCallsPeerConnectionCarriesTheNextCall() throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            int opened = calls.probe.peerConnectionsOpened();
            calls.sandbox.control().failNextInvite(486);
            Call busy = calls.offer();
            assertEquals(SoftphoneFailureReason.USER_BUSY, calls.awaitState(busy, SoftphoneSessionState.FAILED)
                    .failureReason());
            calls.destroy(busy);
            Call next = calls.offer();
            calls.awaitState(next, SoftphoneSessionState.TALKING);
            Audio.agentHearsCaller(calls.probe, next.contactId());
            calls.callerHangsUp(next);
            assertEquals(opened + 1, calls.probe.peerConnectionsOpened(), "the busy call's connection reused");
        }
    }
}
