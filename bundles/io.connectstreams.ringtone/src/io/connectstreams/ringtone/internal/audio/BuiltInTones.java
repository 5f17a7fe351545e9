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

import static io.connectstreams.ringtone.internal.audio.BuiltInTone.Note.rest;
import static io.connectstreams.ringtone.internal.audio.BuiltInTone.Note.tone;

import java.util.List;

import io.connectstreams.api.ringtone.RingtoneKind;

/**
 * Our own ringtones, generated at run time (no sound file is shipped). Each cycle starts with sound, so the first
 * chunk written is audible. Levels are peak amplitudes of full scale before the volume is applied.
 */
public final class BuiltInTones {

    /** Peak level of the voice and callback ringtones: 0.5, -6 dBFS. */
    public static final double LEVEL = 0.5;

    /** Peak level of the additional-voice ringtone: 0.125, -18 dBFS (the agent is on another call). */
    public static final double SOFT_LEVEL = 0.125;

    /**
     * Voice: a two-tone trill, the desktop version of a 2 s on / 4 s off ring. Two 0.4 s bursts 0.2 s apart, each
     * alternating 660 Hz and 880 Hz every 100 ms, then 2.0 s of silence: a 3.0 s cycle at -6 dBFS.
     */
    public static final BuiltInTone VOICE = new BuiltInTone("voice", List.of(
            tone(660, 100, LEVEL), tone(880, 100, LEVEL), tone(660, 100, LEVEL), tone(880, 100, LEVEL), rest(200),
            tone(660, 100, LEVEL), tone(880, 100, LEVEL), tone(660, 100, LEVEL), tone(880, 100, LEVEL), rest(2000)));

    /**
     * Additional voice: a call-waiting signal, two 150 ms beeps of 440 Hz 150 ms apart, then 2.55 s of silence:
     * a 3.0 s cycle at -18 dBFS.
     */
    public static final BuiltInTone ADDITIONAL_VOICE = new BuiltInTone("additional voice", List.of(
            tone(440, 150, SOFT_LEVEL), rest(150), tone(440, 150, SOFT_LEVEL), rest(2550)));

    /**
     * Queue callback: a rising chime, 523 Hz (C5) and 659 Hz (E5) for 150 ms each, 784 Hz (G5) for 300 ms, then
     * 1.4 s of silence: a 2.0 s cycle at -6 dBFS.
     */
    public static final BuiltInTone QUEUE_CALLBACK = new BuiltInTone("queue callback", List.of(
            tone(523, 150, LEVEL), tone(659, 150, LEVEL), tone(784, 300, LEVEL), rest(1400)));

    /**
     * Task: a soft double chime, 784 Hz (G5) then 988 Hz (B5) for 150 ms each, then 2.7 s of silence: a 3.0 s cycle
     * at -6 dBFS.
     */
    public static final BuiltInTone TASK = new BuiltInTone("task", List.of(
            tone(784, 150, LEVEL), tone(988, 150, LEVEL), rest(2700)));

    private BuiltInTones() {
    }

    /**
     * @param kind an engine
     * @return its built-in ringtone
     */
    public static BuiltInTone of(RingtoneKind kind) {
        return switch (kind) {
            case VOICE -> VOICE;
            case ADDITIONAL_VOICE -> ADDITIONAL_VOICE;
            case QUEUE_CALLBACK -> QUEUE_CALLBACK;
            case TASK -> TASK;
        };
    }
}
