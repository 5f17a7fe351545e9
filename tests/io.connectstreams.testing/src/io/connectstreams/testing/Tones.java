/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

/**
 * The strongest frequency of a signal, from 100 to 2000 Hz in 1 Hz steps (Goertzel): what the tests hear in received
 * audio. Zero crossings would be fooled by Opus, which shifts them.
 */
public final class Tones {

    private Tones() {
    }

    /**
     * @param signal samples, any scale
     * @param sampleRate samples per second
     * @return the frequency in Hz with the most energy, 0 for an empty or silent signal
     */
    public static double strongestFrequency(double[] signal, int sampleRate) {
        double best = 0;
        double bestPower = 0;
        for (int hz = 100; hz <= 2000; hz++) {
            double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
            double previous = 0;
            double beforePrevious = 0;
            for (double sample : signal) {
                double current = sample + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }
            double power = previous * previous + beforePrevious * beforePrevious
                    - coefficient * previous * beforePrevious;
            if (power > bestPower) {
                bestPower = power;
                best = hz;
            }
        }
        return best;
    }

    /**
     * @param signal 16-bit samples
     * @param sampleRate samples per second
     * @return the frequency in Hz with the most energy, 0 for an empty or silent signal
     */
    public static double strongestFrequency(short[] signal, int sampleRate) {
        double[] samples = new double[signal.length];
        for (int i = 0; i < signal.length; i++) {
            samples[i] = signal[i];
        }
        return strongestFrequency(samples, sampleRate);
    }
}
