/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.media;

import java.time.Clock;
import java.util.Optional;

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

/**
 * The sink on the agent's track of a caller peer: hands every frame to the meter of the contact the peer serves
 * now. A persistent peer connection serves one contact after another, and each contact is measured on its own;
 * between contacts no meter is set and frames are dropped. Called on the audio module's playout thread: it only
 * reads a volatile field and forwards.
 */
final class MeterSwitch implements AudioTrackSink {

    private final Clock clock;
    private volatile LevelMeter current;

    MeterSwitch(Clock clock) {
        this.clock = clock;
        this.current = new LevelMeter(clock);
    }

    /** Starts measuring afresh (a new contact). */
    void restart() {
        current = new LevelMeter(clock);
    }

    /** Stops measuring (no contact). */
    void stop() {
        current = null;
    }

    /**
     * @return what the current meter measured, empty while none is set
     */
    Optional<ReceivedAudio> snapshot() {
        LevelMeter meter = current;
        return meter == null ? Optional.empty() : Optional.of(meter.snapshot());
    }

    @Override
    public void onData(byte[] data, int bitsPerSample, int sampleRate, int channels, int frameCount) {
        LevelMeter meter = current;
        if (meter != null) {
            meter.onData(data, bitsPerSample, sampleRate, channels, frameCount);
        }
    }
}
