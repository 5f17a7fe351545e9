/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.config;

import java.net.URI;

/**
 * Streams' {@code initCCP} {@code softphone} parameters that apply to a desktop softphone.
 *
 * @param enabled whether this client runs the softphone (Streams' {@code allowFramedSoftphone}); off means another
 *            client handles media
 * @param disableRingtone Streams' {@code disableRingtone}: no voice ringtone
 * @param ringtoneUrl Streams' {@code ringtoneUrl}: a WAV file or URL for the voice ringtone, {@code null} for ours
 * @param echoCancellation the opposite of Streams' {@code disableEchoCancellation}
 */
public record SoftphoneOptions(boolean enabled, boolean disableRingtone, URI ringtoneUrl, boolean echoCancellation) {

    /** Softphone on, ringtone on with the built-in tone, echo cancellation on. */
    public static final SoftphoneOptions DEFAULT = new SoftphoneOptions(true, false, null, true);
}
