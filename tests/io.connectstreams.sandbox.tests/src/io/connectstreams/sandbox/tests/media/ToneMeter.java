package io.connectstreams.sandbox.tests.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

/**
 * The agent's ear in the tests: RMS and zero crossings of every 10 ms frame of the caller's audio, over a ring of
 * the last second, so that level and pitch of what was heard can be asserted.
 */
final class ToneMeter implements AudioTrackSink {

    /** What was heard over some recent frames. */
    record Heard(int frames, double rms, double frequencyHz, int audibleFrames) {
    }

    private static final int KEPT = 100;
    private static final double AUDIBLE_RMS = 328;

    private final double[] rms = new double[KEPT];
    private final int[] crossings = new int[KEPT];
    private final int[] samples = new int[KEPT];
    private int sampleRate = 48000;
    private long frames;

    @Override
    public void onData(byte[] data, int bitsPerSample, int rate, int channels, int frameCount) {
        if (bitsPerSample != 16 || channels < 1) {
            return;
        }
        double sumSquares = 0;
        int zeroCrossings = 0;
        int previous = 0;
        for (int frame = 0; frame < frameCount; frame++) {
            int index = 2 * frame * channels;
            int value = (short) ((data[index] & 0xff) | (data[index + 1] << 8));
            sumSquares += (double) value * value;
            if (frame > 0 && (previous < 0) != (value < 0)) {
                zeroCrossings++;
            }
            previous = value;
        }
        record(Math.sqrt(sumSquares / Math.max(frameCount, 1)), zeroCrossings, frameCount, rate);
    }

    private synchronized void record(double level, int zeroCrossings, int frameCount, int rate) {
        int slot = (int) (frames % KEPT);
        rms[slot] = level;
        crossings[slot] = zeroCrossings;
        samples[slot] = frameCount;
        sampleRate = rate;
        frames++;
    }

    synchronized long frames() {
        return frames;
    }

    /**
     * @param count how many of the latest frames (at most 100)
     */
    synchronized Heard last(int count) {
        int kept = (int) Math.min(Math.min(count, KEPT), frames);
        double sumSquares = 0;
        long allCrossings = 0;
        long allSamples = 0;
        int audible = 0;
        for (long i = frames - kept; i < frames; i++) {
            int slot = (int) (i % KEPT);
            sumSquares += rms[slot] * rms[slot] * samples[slot];
            allCrossings += crossings[slot];
            allSamples += samples[slot];
            if (rms[slot] >= AUDIBLE_RMS) {
                audible++;
            }
        }
        double level = allSamples == 0 ? 0 : Math.sqrt(sumSquares / allSamples);
        // a sine crosses zero twice per period
        double frequency = allSamples == 0 ? 0 : allCrossings / 2.0 * sampleRate / allSamples;
        return new Heard(kept, level, frequency, audible);
    }
}
