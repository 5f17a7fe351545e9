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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.ringtone.RingtoneKind;
import io.connectstreams.ringtone.internal.audio.BuiltInTone;
import io.connectstreams.ringtone.internal.audio.BuiltInTone.Note;
import io.connectstreams.ringtone.internal.audio.BuiltInTones;

/**
 * Our own ringtones are the documented patterns: cadence, frequencies, levels, soft edges.
 */
class BuiltInTonesTest {

    private static final float RATE = 48000f;

    @Test
    void eachEngineHasItsTone() {
        assertSame(BuiltInTones.VOICE, BuiltInTones.of(RingtoneKind.VOICE));
        assertSame(BuiltInTones.ADDITIONAL_VOICE, BuiltInTones.of(RingtoneKind.ADDITIONAL_VOICE));
        assertSame(BuiltInTones.QUEUE_CALLBACK, BuiltInTones.of(RingtoneKind.QUEUE_CALLBACK));
        assertSame(BuiltInTones.TASK, BuiltInTones.of(RingtoneKind.TASK));
    }

    @Test
    void cyclesLastAsDocumented() {
        assertEquals(Duration.ofMillis(3000), BuiltInTones.VOICE.cycleLength());
        assertEquals(Duration.ofMillis(3000), BuiltInTones.ADDITIONAL_VOICE.cycleLength());
        assertEquals(Duration.ofMillis(2000), BuiltInTones.QUEUE_CALLBACK.cycleLength());
        assertEquals(Duration.ofMillis(3000), BuiltInTones.TASK.cycleLength());
        assertEquals(3 * 48000, BuiltInTones.VOICE.cycle(RATE).length);
        assertEquals(2 * 44100, BuiltInTones.QUEUE_CALLBACK.cycle(44100f).length);
    }

    @Test
    void everyNoteHasItsPitchAndLevelAndFadesInAndOut() {
        for (BuiltInTone tone : new BuiltInTone[] { BuiltInTones.VOICE, BuiltInTones.ADDITIONAL_VOICE,
                BuiltInTones.QUEUE_CALLBACK, BuiltInTones.TASK }) {
            float[] cycle = tone.cycle(RATE);
            assertTrue(tone.notes().get(0).frequency() > 0, tone + " starts with sound");
            int start = 0;
            for (Note note : tone.notes()) {
                int length = (int) (note.length().toMillis() * 48);
                double peak = 0;
                for (int i = start; i < start + length; i++) {
                    peak = Math.max(peak, Math.abs(cycle[i]));
                }
                assertEquals(note.level(), peak, 0.001, tone + " note at " + start);
                if (note.frequency() > 0) {
                    assertEquals(0, cycle[start], 1e-6, "fades in");
                    assertTrue(Math.abs(cycle[start + length - 1]) < 0.001, "fades out");
                    assertEquals(note.frequency(), pitch(cycle, start + 240, start + length - 240), 10);
                }
                start += length;
            }
        }
    }

    @Test
    void theLevelsAreTheDocumentedOnes() {
        assertEquals(0.5, BuiltInTones.LEVEL);
        assertEquals(0.125, BuiltInTones.SOFT_LEVEL);
        assertTrue(BuiltInTones.VOICE.notes().stream().filter(n -> n.frequency() > 0)
                .allMatch(n -> n.frequency() == 660 || n.frequency() == 880));
        assertTrue(BuiltInTones.ADDITIONAL_VOICE.notes().stream().filter(n -> n.frequency() > 0)
                .allMatch(n -> n.frequency() == 440 && n.level() == BuiltInTones.SOFT_LEVEL));
    }

    private static double pitch(float[] samples, int from, int to) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from) / (double) RATE);
    }
}
