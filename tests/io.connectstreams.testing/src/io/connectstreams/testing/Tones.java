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

    // supervisor media: how loud one tone is in a mix of several

    /**
     * @param signal samples, any scale
     * @param sampleRate samples per second
     * @param frequencyHz the tone
     * @return the amplitude of that tone in the signal (Goertzel, in the signal's scale), 0 for an empty signal;
     *         exact when the signal spans whole periods of the tone's bin, and other tones leak little into it
     */
    public static double amplitude(double[] signal, int sampleRate, double frequencyHz) {
        if (signal.length == 0) {
            return 0;
        }
        double coefficient = 2 * Math.cos(2 * Math.PI * frequencyHz / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (double sample : signal) {
            double current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        double power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return 2 * Math.sqrt(Math.max(power, 0)) / signal.length;
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
