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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A ringtone generated in code: a cadence of sine notes and rests. Every note rises and falls over
 * {@value #RAMP_MILLIS} ms (raised cosine), so the tone has no clicks.
 */
public final class BuiltInTone implements Tone {

    /** Length of the fade at each end of a note. */
    public static final int RAMP_MILLIS = 5;

    private final String name;
    private final List<Note> notes;
    private final Map<Float, float[]> cycles = new ConcurrentHashMap<>();

    /**
     * @param name what it is, for logs
     * @param notes the cadence, played in order and looped
     */
    public BuiltInTone(String name, List<Note> notes) {
        this.name = Objects.requireNonNull(name, "name");
        this.notes = List.copyOf(notes);
        if (this.notes.isEmpty()) {
            throw new IllegalArgumentException("notes: must not be empty");
        }
    }

    /**
     * @return the cadence
     */
    public List<Note> notes() {
        return notes;
    }

    /**
     * @return the length of one cycle
     */
    public Duration cycleLength() {
        return notes.stream().map(Note::length).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public float[] cycle(float sampleRate) {
        if (!(sampleRate > 0)) {
            throw new IllegalArgumentException("sampleRate: must be positive, was " + sampleRate);
        }
        return cycles.computeIfAbsent(sampleRate, this::render);
    }

    @Override
    public void forget() {
        // generated, never fails to load: nothing to reload
    }

    @Override
    public String description() {
        return "built-in " + name + " ringtone";
    }

    private float[] render(float sampleRate) {
        int total = 0;
        for (Note note : notes) {
            total += frames(note.length(), sampleRate);
        }
        float[] samples = new float[total];
        int start = 0;
        int ramp = Math.round(sampleRate * RAMP_MILLIS / 1000f);
        for (Note note : notes) {
            int length = frames(note.length(), sampleRate);
            if (note.frequency() > 0) {
                int fade = Math.min(ramp, length / 2);
                double step = 2 * Math.PI * note.frequency() / sampleRate;
                for (int i = 0; i < length; i++) {
                    int edge = Math.min(i, length - 1 - i);
                    double envelope = edge >= fade ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * edge / fade);
                    samples[start + i] = (float) (note.level() * envelope * Math.sin(step * i));
                }
            }
            start += length;
        }
        return samples;
    }

    private static int frames(Duration length, float sampleRate) {
        return (int) Math.round(length.toNanos() * (double) sampleRate / 1e9);
    }

    @Override
    public String toString() {
        return description();
    }

    /**
     * One note of a cadence.
     *
     * @param frequency the pitch in Hz; 0 for a rest
     * @param length how long it lasts
     * @param level the peak amplitude, 0 to 1 of full scale
     */
    public record Note(double frequency, Duration length, double level) {

        /** Validates. */
        public Note {
            Objects.requireNonNull(length, "length");
            if (frequency < 0 || level < 0 || level > 1 || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a note needs a frequency >= 0, a level 0..1 and a length > 0");
            }
        }

        /**
         * @param frequency the pitch in Hz
         * @param millis how long, in ms
         * @param level the peak amplitude, 0 to 1
         * @return a sounding note
         */
        public static Note tone(double frequency, int millis, double level) {
            return new Note(frequency, Duration.ofMillis(millis), level);
        }

        /**
         * @param millis how long, in ms
         * @return a rest
         */
        public static Note rest(int millis) {
            return new Note(0, Duration.ofMillis(millis), 0);
        }
    }
}
