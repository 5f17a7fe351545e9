/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.sound.sampled.AudioFormat;

/**
 * The fixed parameters of the ringtone service; {@link #DEFAULT} in production, shorter times in tests.
 *
 * @param maxRingTime the longest a contact rings, whatever the events say: the last safety net against a ringtone
 *            outliving its contact when events stop arriving (Amazon Connect offers a contact for well under a
 *            minute)
 * @param retries how often a failed playback is tried again (Streams' voice engine: 2)
 * @param retryDelay the pause before a retry
 * @param chunk how much audio one write carries; stopping takes at most about one chunk
 * @param lineBuffer the line's buffer; also how far playback may run ahead of the clock on a device that does not
 *            pace (ALSA's null and file plugins)
 * @param configureTimeout how long to wait for the session's answer to {@code request_configure}
 * @param safetyGrace how long after an {@code agent::refresh} its contact events may take before the safety net
 *            acts on that snapshot
 * @param lineFormats the line formats tried on each device, in order of preference
 */
public record RingtoneSettings(Duration maxRingTime, int retries, Duration retryDelay, Duration chunk,
        Duration lineBuffer, Duration configureTimeout, Duration safetyGrace, List<AudioFormat> lineFormats) {

    /** 16-bit signed little-endian PCM at 48 kHz then 44.1 kHz, mono before stereo. */
    public static final List<AudioFormat> PCM_FORMATS = List.of(pcm(48000f, 1), pcm(48000f, 2), pcm(44100f, 1),
            pcm(44100f, 2));

    /**
     * Production values: 60 s maximum ring time, 2 retries 200 ms apart, 20 ms chunks, a 40 ms line buffer, 2 s
     * for the configuration, a 1 s grace for the safety net, {@link #PCM_FORMATS}.
     */
    public static final RingtoneSettings DEFAULT = new RingtoneSettings(Duration.ofSeconds(60), 2,
            Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofSeconds(2),
            Duration.ofSeconds(1), PCM_FORMATS);

    /** Validates. */
    public RingtoneSettings {
        positive("maxRingTime", maxRingTime);
        positive("retryDelay", retryDelay);
        positive("chunk", chunk);
        positive("lineBuffer", lineBuffer);
        positive("configureTimeout", configureTimeout);
        positive("safetyGrace", safetyGrace);
        if (retries < 0) {
            throw new IllegalArgumentException("retries: must not be negative, was " + retries);
        }
        if (lineBuffer.compareTo(chunk) < 0) {
            throw new IllegalArgumentException("lineBuffer: must hold at least one chunk");
        }
        lineFormats = List.copyOf(Objects.requireNonNull(lineFormats, "lineFormats"));
    }

    /**
     * @param time the new maximum ring time
     * @return these settings with another maximum ring time
     */
    public RingtoneSettings withMaxRingTime(Duration time) {
        return new RingtoneSettings(time, retries, retryDelay, chunk, lineBuffer, configureTimeout, safetyGrace,
                lineFormats);
    }

    /**
     * @param formats the line formats to try
     * @return these settings with other line formats
     */
    public RingtoneSettings withLineFormats(List<AudioFormat> formats) {
        return new RingtoneSettings(maxRingTime, retries, retryDelay, chunk, lineBuffer, configureTimeout,
                safetyGrace, formats);
    }

    private static AudioFormat pcm(float rate, int channels) {
        return new AudioFormat(rate, 16, channels, true, false);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": must be positive, was " + value);
        }
    }
}
