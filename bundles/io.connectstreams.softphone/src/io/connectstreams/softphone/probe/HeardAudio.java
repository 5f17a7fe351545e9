package io.connectstreams.softphone.probe;

/**
 * What the agent hears of a call: the level and samples of the last frames of the caller's audio.
 */
public interface HeardAudio {

    /**
     * @param count how many of the latest 10 ms frames (at most 50)
     * @return the RMS level over them, 0 without frames
     */
    double recentRms(int count);

    /**
     * @param count how many of the latest 10 ms frames (at most 50)
     * @return their samples, oldest first (copied)
     */
    short[] recentSamples(int count);

    /**
     * @return the sample rate of the last frame
     */
    int sampleRate();

    /**
     * @return when ({@link System#nanoTime()}) the first audible frame since the last reset arrived, 0 before
     */
    long firstAudibleNanos();
}
