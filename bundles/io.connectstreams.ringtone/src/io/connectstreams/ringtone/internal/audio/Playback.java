/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal.audio;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.SourceDataLine;

/**
 * One ringtone sounding on one line: writes the looped tone chunk by chunk, with the volume applied to the samples.
 * Confined to the thread that plays. A device that does not pace (ALSA's null and file plugins take any amount at
 * once) is paced by the caller with {@link #aheadNanos()}, so playback never runs more than the line's buffer ahead
 * of real time.
 */
public final class Playback {

    private static final int FADE_MILLIS = 5;

    private final RingerDevice device;
    private final SourceDataLine line;
    private final float[] cycle;
    private final float rate;
    private final int channels;
    private final int chunkFrames;
    private final long lineBufferNanos;
    private final long chunkNanos;
    private final byte[] bytes;
    private int position;
    private long framesWritten;
    private long startNanos;
    private boolean running;

    private Playback(RingerDevice device, SourceDataLine line, float[] cycle, Duration chunk, Duration lineBuffer) {
        this.device = device;
        this.line = line;
        this.cycle = cycle;
        AudioFormat format = line.getFormat();
        this.rate = format.getSampleRate();
        this.channels = format.getChannels();
        this.chunkFrames = Math.max(1, Math.round(rate * chunk.toNanos() / 1e9f));
        this.lineBufferNanos = lineBuffer.toNanos();
        this.chunkNanos = chunk.toNanos();
        this.bytes = new byte[chunkFrames * 2 * channels];
    }

    /**
     * Opens a line on the device for the tone.
     *
     * @param devices opens the line
     * @param device the device
     * @param tone the tone
     * @param chunk how much one write carries
     * @param lineBuffer the line's buffer
     * @return the playback, nothing written yet
     * @throws PlaybackException when the tone cannot be loaded or the device refuses the line
     */
    public static Playback open(RingerDevices devices, RingerDevice device, Tone tone, Duration chunk,
            Duration lineBuffer) throws PlaybackException {
        AudioFormat format = device.format();
        float[] cycle = tone.cycle(format.getSampleRate());
        int frameBytes = 2 * format.getChannels();
        int bufferBytes = Math.max(1, Math.round(format.getSampleRate() * lineBuffer.toNanos() / 1e9f)) * frameBytes;
        SourceDataLine line = devices.open(device, bufferBytes);
        return new Playback(device, line, cycle, chunk, lineBuffer);
    }

    /**
     * @return the device it plays on
     */
    public RingerDevice device() {
        return device;
    }

    /**
     * Writes the next chunk; the first write also starts the line.
     *
     * @param volume 0 to 1
     * @throws PlaybackException when the device stops taking audio
     */
    public void write(float volume) throws PlaybackException {
        for (int frame = 0; frame < chunkFrames; frame++) {
            put(frame, cycle[position] * volume);
            position = position + 1 == cycle.length ? 0 : position + 1;
        }
        push();
    }

    /**
     * @return how far the written audio runs ahead of real time beyond the line's buffer; above zero the caller
     *         should wait that long before the next write
     */
    public long aheadNanos() {
        long written = (long) (framesWritten * 1e9 / rate);
        return written - (System.nanoTime() - startNanos) - lineBufferNanos;
    }

    /**
     * Ends the sound without a click: a {@value #FADE_MILLIS} ms fade, then what is buffered plays out (at most the
     * line's buffer and one chunk, timed by the clock) and the line closes. Java Sound's {@code drain()} is not
     * used: on a device whose position does not advance (ALSA's null and file plugins) it waits half a second.
     * Never throws.
     *
     * @param volume 0 to 1
     */
    public void finish(float volume) {
        try {
            if (running) {
                int fade = Math.min(chunkFrames, Math.max(1, Math.round(rate * FADE_MILLIS / 1000f)));
                for (int frame = 0; frame < fade; frame++) {
                    put(frame, cycle[position] * volume * (fade - 1 - frame) / fade);
                    position = position + 1 == cycle.length ? 0 : position + 1;
                }
                line.write(bytes, 0, fade * 2 * channels);
                framesWritten += fade;
                awaitPlayedOut();
            }
        } catch (RuntimeException e) {
            // the device went away while stopping: closing is all that is left
        } finally {
            close();
        }
    }

    /**
     * Stops at once, discarding what is buffered, and closes the line. Never throws.
     */
    public void close() {
        try {
            line.stop();
            line.flush();
        } catch (RuntimeException e) {
            // closing below is what matters
        } finally {
            line.close();
        }
    }

    private void awaitPlayedOut() {
        long playedOut = startNanos + (long) (framesWritten * 1e9 / rate);
        long latest = System.nanoTime() + lineBufferNanos + chunkNanos;
        long until = Math.min(playedOut, latest);
        long left;
        while ((left = until - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
    }

    private void put(int frame, float sample) {
        float clipped = Math.max(-1f, Math.min(1f, sample));
        short value = (short) Math.round(clipped * Short.MAX_VALUE);
        int at = frame * 2 * channels;
        for (int c = 0; c < channels; c++) {
            bytes[at++] = (byte) value;
            bytes[at++] = (byte) (value >> 8);
        }
    }

    private void push() throws PlaybackException {
        int written;
        try {
            written = line.write(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            throw new PlaybackException("ringer device " + device.id() + " failed: " + e.getMessage(), false, e);
        }
        if (written != bytes.length) {
            throw new PlaybackException("ringer device " + device.id() + " stopped taking audio", false, null);
        }
        framesWritten += chunkFrames;
        if (!running) {
            line.start();
            startNanos = System.nanoTime();
            running = true;
        }
    }
}
