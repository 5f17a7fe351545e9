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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.internal.media.ReceivedAudio;
import io.connectstreams.sandbox.internal.media.SineSignal;
import io.connectstreams.testing.Await;

/**
 * The media test: a plain webrtc-java peer plays the agent's softphone, connects through the signaling
 * endpoint over TLS, and both sides measure what the other sends.
 */
class CallerMediaTest {

    private static final double CALLER_RMS = SineSignal.CALLER_AMPLITUDE * Short.MAX_VALUE / Math.sqrt(2);
    private static final double AGENT_RMS = AgentAudio.AMPLITUDE * Short.MAX_VALUE / Math.sqrt(2);

    @Test
    void agentAndCallerHearEachOtherUntilMuteAndBye() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture()) {
            TestCall call = fixture.calls.add("contact-media", "ctx/token+1=");
            try (AgentPeer agent = new AgentPeer(); RtcClient client = fixture.connect(call.contactId(),
                    call.token())) {
                String inviteId = client.invite(agent.createOffer(), call.token());
                JsonObject response = client.awaitResponse(inviteId, SignalingFixture.ANSWER_WAIT);
                JsonObject result = response.getAsJsonObject("result");
                assertEquals("2.0", response.get("jsonrpc").getAsString());
                assertTrue(result.get("sdp").getAsString().startsWith("v=0"), "an SDP answer");
                assertFalse(result.getAsJsonArray("candidates").isEmpty(), "at least one candidate");
                agent.applyAnswer(result);
                client.request("accept", new JsonObject());
                JsonObject renew = client.awaitMethod("renewClientToken", SignalingFixture.BYE_WAIT);
                assertFalse(renew.getAsJsonObject("params").get("clientToken").getAsString().isBlank());
                Await.until(SignalingFixture.BYE_WAIT, () -> call.started() == 1, "mediaStarted");

                // the agent hears the caller's 440 Hz at 0.3 of full scale, steadily for half a second
                Await.until(SignalingFixture.MEDIA_WAIT, () -> agent.heard().audibleFrames(50) == 50,
                        () -> "the caller's tone at the agent, heard " + agent.heard().last(50));
                ToneMeter.Heard heard = agent.heard().last(50);
                System.out.printf(Locale.ROOT, "agent hears the caller: RMS %.1f, %.1f Hz%n", heard.rms(),
                        heard.frequencyHz());
                assertEquals(CALLER_RMS, heard.rms(), CALLER_RMS * 0.1, "caller RMS at the agent");
                assertEquals(SineSignal.CALLER_FREQUENCY_HZ, heard.frequencyHz(), 5, "caller pitch at the agent");

                // the caller hears the agent's 880 Hz at 0.2 of full scale, steadily for the last second
                Await.until(SignalingFixture.MEDIA_WAIT, () -> fixture.service.receivedAudio(call.contactId())
                        .map(received -> received.recentRms().size() == ReceivedAudio.RECENT_FRAMES && received
                                .recentRms().stream().allMatch(rms -> rms >= ReceivedAudio.AUDIBLE_RMS))
                        .orElse(false), "the agent's tone at the caller");
                ReceivedAudio received = fixture.service.receivedAudio(call.contactId()).orElseThrow();
                AudioLevels levels = fixture.service.levels(call.contactId()).orElseThrow();
                System.out.printf(Locale.ROOT, "caller hears the agent: mean RMS %.1f, last %.1f; sends %.1f%n",
                        received.meanRecentRms(), levels.receivedRms(), levels.sentRms());
                assertEquals(AGENT_RMS, received.meanRecentRms(), AGENT_RMS * 0.1, "agent RMS at the caller");
                assertEquals(AGENT_RMS, levels.receivedRms(), AGENT_RMS * 0.1, "latest frame");
                // one 10 ms frame holds 4.4 periods of 440 Hz, so its RMS varies by up to 2 %
                assertEquals(CALLER_RMS, levels.sentRms(), CALLER_RMS * 0.05, "the caller's own tone");
                assertTrue(levels.framesReceived() >= ReceivedAudio.RECENT_FRAMES);

                // the agent mutes: the caller's side falls silent
                Instant mutedAt = fixture.clock.instant();
                agent.mute(true);
                Await.until(SignalingFixture.MEDIA_WAIT, () -> fixture.service.receivedAudio(call.contactId())
                        .map(now -> now.trailingSilentFrames() >= 20).orElse(false), "silence at the caller");
                ReceivedAudio silent = fixture.service.receivedAudio(call.contactId()).orElseThrow();
                assertTrue(silent.silenceStartedAt().isAfter(mutedAt), "silence began after the mute");
                assertTrue(silent.silentSince(silent.silenceStartedAt().minusNanos(1)));
                assertTrue(silent.lastRms() < ReceivedAudio.AUDIBLE_RMS);
                System.out.printf(Locale.ROOT, "mute to silence at the caller: %d ms%n",
                        Duration.between(mutedAt, silent.silenceStartedAt()).toMillis());

                // the agent hangs up
                String byeId = client.request("bye", new JsonObject());
                JsonObject byeReply = client.awaitResponse(byeId, SignalingFixture.BYE_WAIT);
                assertEquals(new JsonObject(), byeReply.getAsJsonObject("result"));
                client.awaitClosed(SignalingFixture.BYE_WAIT);
                Await.until(SignalingFixture.BYE_WAIT, () -> !call.ended().isEmpty(), "mediaEnded");
                assertEquals(List.of("agent hung up"), call.ended());
                assertEquals(1, call.started());
                Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.callerPeers() == 0,
                        "the caller peer released");
                assertTrue(fixture.service.levels(call.contactId()).isEmpty(), "no levels after the call");
            }
        }
    }
}
