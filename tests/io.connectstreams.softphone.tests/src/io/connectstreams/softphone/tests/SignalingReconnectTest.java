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

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testing.Await;

/**
 * A talking call's signaling socket drops (here: the server closes sockets idle for 1 s, well under the softphone's
 * 30 s keepalive) and the softphone resumes it with the client token, as connect-rtc does: the call goes on, its
 * media never stops, and it ends normally afterwards; with a kept peer connection and with a call on its own. The
 * server counts the resumed sockets, so the test knows a resume happened, not only that media continued.
 */
class SignalingReconnectTest {

    private static final Duration IDLE = Duration.ofSeconds(1);

    @ParameterizedTest(name = "persistent peer connections: {0}")
    @ValueSource(booleans = { true, false })
    void aDroppedSocketOfATalkingCallIsResumed(boolean persistent) throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder().persistentPeerConnections(persistent)
                .signalingIdleTimeout(IDLE))) {
            Call call = calls.offer();
            calls.awaitState(call, SoftphoneSessionState.TALKING);
            long framesBefore = calls.sandbox.control().levels(call.contactId()).map(l -> l.framesReceived())
                    .orElse(0L);
            // three idle timeouts: the socket dropped and was resumed each time (the server counts the resumes)
            Await.until(Duration.ofSeconds(20), () -> calls.sandbox.resumedSignalingSockets() >= 3,
                    () -> "three resumed sockets, " + calls.sandbox.resumedSignalingSockets() + " so far");
            Await.until(Duration.ofSeconds(20), () -> calls.sandbox.control().levels(call.contactId())
                    .map(l -> l.framesReceived() > framesBefore + 350).orElse(false), "3.5 s more of media");
            assertEquals(List.of(SoftphoneSessionState.TALKING), calls.states(call).stream()
                    .filter(state -> state.compareTo(SoftphoneSessionState.TALKING) >= 0).toList(),
                    () -> "still talking, never failed: " + calls.latest(call));
            assertTrue(ended(calls, call).isEmpty(), "the server never ended the media");
            Audio.agentHearsCaller(calls.probe, call.contactId());
            calls.destroy(call);
            Await.until(Duration.ofSeconds(5), () -> !ended(calls, call).isEmpty(), "the hang-up at the server");
            assertTrue(ended(calls, call).get(0).detailJson().contains("agent hung up"));
        }
    }

    private static List<RecordedAction> ended(PlayedCalls calls, Call call) {
        return calls.sandbox.control().records().stream()
                .filter(r -> r.action().equals("mediaEnded") && call.contactId().equals(r.contactId())).toList();
    }
}
