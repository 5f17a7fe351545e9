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

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.testing.Await;
import io.connectstreams.testing.Benchmark;

/**
 * Complete softphone calls through the signaling endpoint, one after the other: how long the endpoint takes from
 * receiving an invite to sending its answer (caller peer created, offer applied, answer created, ICE gathered), and
 * how long from accept until the agent hears the caller.
 */
@Tag(Benchmark.TAG)
class SignalingBenchmark {

    private static final int WARM_UP_CALLS = 5;
    private static final int CALLS = 30;

    @Test
    void callsThroughTheSignalingEndpoint() throws Exception {
        long[] firstAudio = new long[CALLS];
        try (SignalingFixture fixture = new SignalingFixture()) {
            for (int i = -WARM_UP_CALLS; i < CALLS; i++) {
                long audible = call(fixture, "contact-bench-" + (i + WARM_UP_CALLS));
                if (i >= 0) {
                    firstAudio[i] = audible;
                }
            }
            double[] answers = fixture.service.answerTimesMillis();
            long[] answerNanos = Arrays.stream(answers, WARM_UP_CALLS, answers.length)
                    .mapToLong(millis -> Math.round(millis * 1e6)).toArray();
            Benchmark benchmark = new Benchmark();
            benchmark.latency("sandbox.media_answer", answerNanos);
            benchmark.latency("sandbox.media_first_audio", firstAudio);
            benchmark.publish();
        }
    }

    /** One call from invite to bye; returns nanoseconds from accept until the agent hears the caller. */
    private static long call(SignalingFixture fixture, String contactId) throws Exception {
        TestCall call = fixture.calls.add(contactId, "token");
        long audibleAfter;
        try (AgentPeer agent = new AgentPeer(); RtcClient client = fixture.connect(contactId, call.token())) {
            String inviteId = client.invite(agent.createOffer(), call.token());
            agent.applyAnswer(client.awaitResponse(inviteId, SignalingFixture.ANSWER_WAIT).getAsJsonObject("result"));
            long accepted = System.nanoTime();
            client.request("accept", new JsonObject());
            Await.until(SignalingFixture.MEDIA_WAIT, () -> agent.heard().audibleFrames(1) == 1,
                    "the caller's tone at the agent");
            audibleAfter = System.nanoTime() - accepted;
            client.awaitResponse(client.request("bye", new JsonObject()), SignalingFixture.BYE_WAIT);
            client.awaitClosed(SignalingFixture.BYE_WAIT);
        }
        Await.until(Duration.ofSeconds(5), () -> fixture.service.callerPeers() == 0, "the caller peer released");
        return audibleAfter;
    }
}
