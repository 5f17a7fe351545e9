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

import java.time.Duration;
import java.util.Optional;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.softphone.probe.HeardAudio;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Tones;

/**
 * What each end hears: the agent (the softphone's meter on the caller's track) and the caller (the sandbox's
 * levels of the agent's audio).
 */
final class Audio {

    /** The sandbox's caller plays 440 Hz at 0.3 of full scale. */
    static final double CALLER_RMS = 0.3 * Short.MAX_VALUE / Math.sqrt(2);
    static final double CALLER_HZ = 440;
    /** What the agent's virtual microphone plays in the tests. */
    static final double AGENT_RMS = SoftphoneFixture.AGENT_AMPLITUDE * Short.MAX_VALUE / Math.sqrt(2);
    /** 1 % of full scale: below is silence. */
    static final double AUDIBLE_RMS = 328;
    static final double TOLERANCE = 0.15;
    static final Duration WAIT = SoftphoneFixture.WAIT;

    private Audio() {
    }

    /** The agent hears the caller's 440 Hz at its level (±15 %), over the last half second. */
    static void agentHearsCaller(SoftphoneProbe softphone, String contactId) {
        Await.until(WAIT, () -> softphone.receivedAudio(contactId).map(m -> near(m.recentRms(50), CALLER_RMS))
                .orElse(false), () -> "the agent to hear the caller at RMS " + Math.round(CALLER_RMS) + ", heard "
                        + softphone.receivedAudio(contactId).map(m -> m.recentRms(50)));
        HeardAudio meter = softphone.receivedAudio(contactId).orElseThrow();
        assertEquals(CALLER_HZ, Tones.strongestFrequency(meter.recentSamples(50), meter.sampleRate()), 10,
                "the pitch the agent hears");
    }

    /** The caller hears the agent's test tone at its level (±15 %). */
    static void callerHearsAgent(SandboxControl control, String contactId) {
        Await.until(WAIT, () -> control.levels(contactId).map(l -> near(l.receivedRms(), AGENT_RMS)).orElse(false),
                () -> "the caller to hear the agent at RMS " + Math.round(AGENT_RMS) + ", heard "
                        + control.levels(contactId).map(AudioLevels::receivedRms));
    }

    /** The caller hears silence for at least ten frames (100 ms) in a row. */
    static void callerHearsSilence(SandboxControl control, String contactId) {
        SilenceWatch watch = new SilenceWatch(control, contactId);
        Await.until(WAIT, watch::silentForTenFrames, () -> "silence at the caller, heard "
                + control.levels(contactId).map(AudioLevels::receivedRms));
    }

    static boolean near(double value, double expected) {
        return Math.abs(value - expected) <= expected * TOLERANCE;
    }

    /** Follows the caller's per-frame levels until ten frames in a row were silent. */
    static final class SilenceWatch {
        private final SandboxControl control;
        private final String contactId;
        private long firstSilentFrame = -1;

        SilenceWatch(SandboxControl control, String contactId) {
            this.control = control;
            this.contactId = contactId;
        }

        boolean silentForTenFrames() {
            Optional<AudioLevels> levels = control.levels(contactId);
            if (levels.isEmpty()) {
                return false;
            }
            if (levels.get().receivedRms() >= AUDIBLE_RMS) {
                firstSilentFrame = -1;
                return false;
            }
            if (firstSilentFrame < 0) {
                firstSilentFrame = levels.get().framesReceived();
            }
            return levels.get().framesReceived() - firstSilentFrame >= 10;
        }
    }
}
