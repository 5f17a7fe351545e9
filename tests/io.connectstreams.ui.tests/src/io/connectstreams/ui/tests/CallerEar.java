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

import java.util.Optional;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.SandboxControl;

/**
 * What the caller at the sandbox hears of the agent: the sandbox's level of the agent's audio in each 10 ms frame
 * it receives over the call's WebRTC media. The agent's virtual microphone plays {@link #AGENT_HZ} at
 * {@link #AGENT_AMPLITUDE} of full scale in the tests that listen.
 */
final class CallerEar {

    static final double AGENT_HZ = 880;
    static final double AGENT_AMPLITUDE = 0.2;
    /** The RMS of that sine: about 4634. */
    static final double AGENT_RMS = AGENT_AMPLITUDE * Short.MAX_VALUE / Math.sqrt(2);
    /** 1 % of full scale: below is silence. */
    static final double AUDIBLE_RMS = 328;
    /** Opus and the sandbox's meter give the level within 15 %. */
    static final double TOLERANCE = 0.15;
    /** Ten frames in a row (100 ms) make silence: one quiet frame could be a gap. */
    static final int SILENT_FRAMES = 10;

    private final SandboxControl control;
    private final String contactId;
    private final UiRobot robot;

    /**
     * @param control the sandbox
     * @param contactId the call
     * @param robot runs the event loop while waiting
     */
    CallerEar(SandboxControl control, String contactId, UiRobot robot) {
        this.control = control;
        this.contactId = contactId;
        this.robot = robot;
    }

    /** Waits until the caller hears the agent's tone at its level. */
    void hearsAgent() {
        robot.waitUntil(() -> levels().map(l -> Math.abs(l.receivedRms() - AGENT_RMS) <= AGENT_RMS * TOLERANCE)
                .orElse(false), () -> "the caller to hear the agent at RMS " + Math.round(AGENT_RMS) + ", hears "
                        + heard());
    }

    /** Waits until the caller has heard silence for {@value #SILENT_FRAMES} frames in a row. */
    void hearsSilence() {
        long[] firstSilentFrame = { -1 };
        robot.waitUntil(() -> {
            Optional<AudioLevels> levels = levels();
            if (levels.isEmpty() || levels.get().receivedRms() >= AUDIBLE_RMS) {
                firstSilentFrame[0] = -1;
                return false;
            }
            if (firstSilentFrame[0] < 0) {
                firstSilentFrame[0] = levels.get().framesReceived();
            }
            return levels.get().framesReceived() - firstSilentFrame[0] >= SILENT_FRAMES;
        }, () -> "silence at the caller, who hears " + heard());
    }

    private Optional<AudioLevels> levels() {
        return control.levels(contactId);
    }

    private String heard() {
        return levels().map(l -> "RMS " + Math.round(l.receivedRms()) + " after " + l.framesReceived() + " frames")
                .orElse("no media");
    }
}
