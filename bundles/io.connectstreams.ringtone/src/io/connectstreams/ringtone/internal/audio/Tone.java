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

/**
 * The sound of a ringtone: one cycle of mono samples (-1 to 1) that playback loops until the ringtone stops.
 */
public interface Tone {

    /**
     * @param sampleRate the line's sample rate
     * @return one cycle at that rate; computed once per rate and kept
     * @throws PlaybackException when the sound cannot be loaded
     */
    float[] cycle(float sampleRate) throws PlaybackException;

    /**
     * Drops the kept samples, so the next {@link #cycle(float)} loads again (a retry reloads, as Streams does).
     */
    void forget();

    /**
     * @return what it is, for logs and reasons
     */
    String description();
}
