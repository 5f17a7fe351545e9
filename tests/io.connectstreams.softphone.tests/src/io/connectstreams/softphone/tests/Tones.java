package io.connectstreams.softphone.tests;

/**
 * The strongest frequency of a signal, from 100 to 2000 Hz in 1 Hz steps (Goertzel): zero crossings are fooled by
 * Opus, which shifts them.
 */
final class Tones {

    private Tones() {
    }

    static double strongestFrequency(short[] signal, int sampleRate) {
        double best = 0;
        double bestPower = 0;
        for (int hz = 100; hz <= 2000; hz++) {
            double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
            double previous = 0;
            double beforePrevious = 0;
            for (short sample : signal) {
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
}
