/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 16-bit PCM WAV file as ALSA's file plugin writes it, read without Java Sound (so reading never opens the
 * device): the samples of the first channel, and whether the header was completed (the plugin completes it when
 * the device is closed). Plus the measurements the tests make on captured audio.
 *
 * @param sampleRate frames per second
 * @param samples the first channel
 * @param closed whether the header's data length matches the data, i.e. the device was closed
 */
record Wav(float sampleRate, short[] samples, boolean closed) {

    static Wav read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertTrue(bytes.remaining() >= 12, () -> file + " has no WAV header (nothing was captured)");
        assertEquals("RIFF", ascii(bytes, 0));
        assertEquals("WAVE", ascii(bytes, 8));
        int at = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (at + 8 <= bytes.limit()) {
            String id = ascii(bytes, at);
            int size = bytes.getInt(at + 4);
            if (id.equals("fmt ")) {
                channels = bytes.getShort(at + 10);
                rate = bytes.getInt(at + 12);
                bits = bytes.getShort(at + 22);
            } else if (id.equals("data")) {
                assertEquals(16, bits, "16-bit PCM captured");
                int start = at + 8;
                int frames = (bytes.limit() - start) / (2 * channels);
                short[] samples = new short[frames];
                for (int i = 0; i < frames; i++) {
                    samples[i] = bytes.getShort(start + 2 * channels * i);
                }
                return new Wav(rate, samples, size == frames * 2 * channels);
            }
            at += 8 + size + (size & 1);
        }
        throw new AssertionError(file + " has no data chunk");
    }

    double seconds() {
        return samples.length / sampleRate;
    }

    int peak(double from, double to) {
        int peak = 0;
        for (int i = index(from); i < index(to); i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
        }
        return peak;
    }

    double rms(double from, double to) {
        double sum = 0;
        int n = 0;
        for (int i = index(from); i < index(to); i++, n++) {
            sum += (double) samples[i] * samples[i];
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }

    /**
     * @return the amplitude of one frequency between two times (a DFT bin, Goertzel's algorithm), in sample units
     */
    double amplitude(double frequency, double from, double to) {
        int start = index(from);
        int n = index(to) - start;
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = 0; i < n; i++) {
            double current = samples[start + i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        double power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return 2 * Math.sqrt(Math.max(0, power)) / n;
    }

    /**
     * @return the pitch between two times from the zero crossings
     */
    double zeroCrossingPitch(double from, double to) {
        int crossings = 0;
        for (int i = index(from) + 1; i < index(to); i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (to - from);
    }

    private int index(double seconds) {
        return (int) Math.min(samples.length, Math.max(0, Math.round(seconds * sampleRate)));
    }

    private static String ascii(ByteBuffer bytes, int at) {
        byte[] id = new byte[4];
        bytes.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
