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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.media.ReceivedAudio;
import io.connectstreams.sandbox.internal.media.SineSignal;
import io.connectstreams.testing.Await;

/**
 * Issue 13's media test: a supervisor monitors a call with its own softphone session (a plain webrtc-java peer,
 * 660 Hz) next to the agent's (880 Hz), while the caller plays 440 Hz. Silent, the supervisor hears the caller and
 * the agent and nobody hears it; barging, the caller and the agent hear it too. Each party's tone is measured by
 * its own frequency in what the others receive.
 */
class SupervisorMediaTest {

    private static final double CALLER_AMPLITUDE = SineSignal.CALLER_AMPLITUDE * Short.MAX_VALUE;
    private static final double PARTY_AMPLITUDE = AgentAudio.AMPLITUDE * Short.MAX_VALUE;
    /** A tone is heard from half its amplitude on, absent below 5 % of it (Opus and leakage stay far below). */
    private static final double HEARD = 0.5;
    private static final double ABSENT = 0.05;
    private static final int FRAMES = ToneMeter.KEPT_FRAMES;

    @Test
    void supervisorHearsBothAndIsHeardOnlyWhileBarging() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture()) {
            TestCall call = fixture.calls.add("contact-monitored", "ctx-agent");
            TestCall monitor = fixture.calls.addMonitor(call.contactId(), "ctx-supervisor", "monitoring-1");
            try (AgentPeer agent = new AgentPeer(); RtcClient agentClient = fixture.connect(call.contactId(),
                    call.token())) {
                fixture.establish(call, agent, agentClient);
                Await.until(SignalingFixture.MEDIA_WAIT, () -> agent.heard().audibleFrames(FRAMES) == FRAMES,
                        "the caller's tone at the agent");

                try (AgentPeer supervisor = new AgentPeer(AgentAudio.supervisor());
                        RtcClient supervisorClient = fixture.connect(call.contactId(), monitor.token())) {
                    fixture.establish(monitor, supervisor, supervisorClient);
                    // a second session of the contact: the agent's is not displaced
                    assertEquals(Set.of(call.contactId()), fixture.service.activeCalls());
                    assertEquals(Set.of("monitoring-1"), fixture.service.activeMonitors());
                    assertEquals(List.of(), call.ended(), "the agent's media goes on");

                    // silent: the supervisor hears the caller and the agent
                    Await.until(SignalingFixture.MEDIA_WAIT, () -> supervisor.heard().audibleFrames(FRAMES) == FRAMES
                            && heard(supervisor, SineSignal.CALLER_FREQUENCY_HZ, CALLER_AMPLITUDE)
                            && heard(supervisor, AgentAudio.FREQUENCY_HZ, PARTY_AMPLITUDE),
                            () -> "caller and agent at the supervisor: " + amplitudes(supervisor));
                    System.out.println("silent, the supervisor hears " + amplitudes(supervisor));
                    // ... and nobody hears it: not the agent, not the caller (its meter of the supervisor is off)
                    assertAbsent(agent, "silent supervisor at the agent");
                    assertTrue(heard(agent, SineSignal.CALLER_FREQUENCY_HZ, CALLER_AMPLITUDE), amplitudes(agent));
                    assertTrue(fixture.service.monitorAudio("monitoring-1").isEmpty(), "silent supervisor at the caller");
                    System.out.println("silent, the agent hears " + amplitudes(agent));

                    // barge: the agent hears the supervisor next to the caller, the caller hears it too
                    monitor.barge(true);
                    Await.until(SignalingFixture.MEDIA_WAIT, () -> heard(agent, AgentAudio.SUPERVISOR_FREQUENCY_HZ,
                            PARTY_AMPLITUDE), () -> "barging supervisor at the agent: " + amplitudes(agent));
                    assertTrue(heard(agent, SineSignal.CALLER_FREQUENCY_HZ, CALLER_AMPLITUDE), amplitudes(agent));
                    System.out.println("barging, the agent hears " + amplitudes(agent));
                    Await.until(SignalingFixture.MEDIA_WAIT, () -> fixture.service.monitorAudio("monitoring-1")
                            .map(received -> received.audibleFrames() >= FRAMES).orElse(false),
                            "barging supervisor at the caller");
                    // frames a busy machine drops lower the recent mean for a while: wait for the level to settle
                    double expected = PARTY_AMPLITUDE / Math.sqrt(2);
                    Supplier<Double> atCaller = () -> fixture.service.monitorAudio("monitoring-1")
                            .map(ReceivedAudio::meanRecentRms).orElse(0.0);
                    Await.until(SignalingFixture.MEDIA_WAIT,
                            () -> Math.abs(atCaller.get() - expected) <= PARTY_AMPLITUDE * 0.1,
                            () -> "supervisor RMS at the caller near " + expected + ": " + atCaller.get());
                    System.out.printf(Locale.ROOT, "barging, the caller hears the supervisor at RMS %.1f%n",
                            atCaller.get());
                    assertTrue(heard(supervisor, SineSignal.CALLER_FREQUENCY_HZ, CALLER_AMPLITUDE)
                            && heard(supervisor, AgentAudio.FREQUENCY_HZ, PARTY_AMPLITUDE), amplitudes(supervisor));

                    // silent again: the supervisor drops out of what the agent and the caller hear
                    monitor.barge(false);
                    Await.until(SignalingFixture.MEDIA_WAIT, () -> agent.heard().amplitudeOf(FRAMES,
                            AgentAudio.SUPERVISOR_FREQUENCY_HZ) < ABSENT * PARTY_AMPLITUDE,
                            () -> "supervisor gone at the agent: " + amplitudes(agent));
                    assertTrue(fixture.service.monitorAudio("monitoring-1").isEmpty(), "silent supervisor at the caller");

                    // the supervisor leaves; the call goes on
                    String byeId = supervisorClient.request("bye", new JsonObject());
                    supervisorClient.awaitResponse(byeId, SignalingFixture.BYE_WAIT);
                    Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.activeMonitors().isEmpty(),
                            "the supervisor's session ended");
                    assertEquals(List.of("agent hung up"), monitor.ended());
                    assertEquals(List.of(), call.ended(), "the agent's media goes on");
                    assertEquals(Set.of(call.contactId()), fixture.service.activeCalls());
                }
                assertTrue(heard(agent, SineSignal.CALLER_FREQUENCY_HZ, CALLER_AMPLITUDE), amplitudes(agent));
            }
        }
    }

    private static boolean heard(AgentPeer peer, double frequencyHz, double amplitude) {
        return peer.heard().amplitudeOf(FRAMES, frequencyHz) >= HEARD * amplitude;
    }

    private static void assertAbsent(AgentPeer peer, String what) {
        double amplitude = peer.heard().amplitudeOf(FRAMES, AgentAudio.SUPERVISOR_FREQUENCY_HZ);
        assertTrue(amplitude < ABSENT * PARTY_AMPLITUDE, what + ": " + amplitudes(peer));
    }

    private static String amplitudes(AgentPeer peer) {
        ToneMeter meter = peer.heard();
        return String.format(Locale.ROOT, "440 Hz %.0f, 660 Hz %.0f, 880 Hz %.0f (%s)",
                meter.amplitudeOf(FRAMES, SineSignal.CALLER_FREQUENCY_HZ),
                meter.amplitudeOf(FRAMES, AgentAudio.SUPERVISOR_FREQUENCY_HZ),
                meter.amplitudeOf(FRAMES, AgentAudio.FREQUENCY_HZ), meter.last(FRAMES));
    }
}
