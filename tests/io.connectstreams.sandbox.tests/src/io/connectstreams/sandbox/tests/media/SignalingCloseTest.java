/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.testing.Await;

/**
 * {@code close()} ends every call and stops every thread the service started. The WebRTC engines (the sandbox's
 * caller engine and the test agent's) are process-wide and keep their native threads: they are started by a
 * warm-up call before the threads are counted.
 */
class SignalingCloseTest {

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final int GOING_AWAY = 1001;

    @Test
    void closeEndsEveryCallAndLeavesNoThreadBehind() throws Exception {
        warmUp();
        Map<Long, String> before = liveThreads();

        SignalingFixture fixture = new SignalingFixture();
        TestCall call = fixture.calls.add("contact-closing", "token");
        try (AgentPeer agent = new AgentPeer(); RtcClient client = fixture.connect(call.contactId(), call.token());
                RtcClient refused = fixture.connect("contact-unknown", "token")) {
            fixture.establish(call, agent, client);
            fixture.service.close();
            assertEquals(GOING_AWAY, client.awaitClosed(STOP_WAIT));
            assertEquals(GOING_AWAY, refused.awaitClosed(STOP_WAIT));
            assertEquals(List.of("sandbox closed"), call.ended());
            assertEquals(0, fixture.service.callerPeers());
        } finally {
            fixture.close();
        }

        Await.until(STOP_WAIT, () -> newThreads(before).isEmpty(),
                () -> "no new thread after close, left: " + newThreads(before));
    }

    /** One complete call, so that both process-wide WebRTC engines run their threads. */
    private static void warmUp() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-warm-up", "token");
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                fixture.establish(call, agent, client);
                client.awaitResponse(client.request("bye", new JsonObject()), SignalingFixture.BYE_WAIT);
                client.awaitClosed(SignalingFixture.BYE_WAIT);
            }
        }
    }

    private static Map<Long, String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .collect(Collectors.toMap(Thread::getId, Thread::getName, (a, b) -> a, TreeMap::new));
    }

    /** Threads started since {@code before}, except the JDK HTTP client's (they end when it is collected). */
    private static Map<Long, String> newThreads(Map<Long, String> before) {
        Map<Long, String> now = liveThreads();
        now.keySet().removeAll(before.keySet());
        now.values().removeIf(name -> name.startsWith("HttpClient-"));
        return now;
    }
}
