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
 * The ringtone of one contact type; Streams' {@code {disableRingtone, ringtoneUrl}} of {@code softphone},
 * {@code chat}, {@code task} and the ringtone engines.
 *
 * @param disabled whether it must not ring
 * @param ringtoneUrl a WAV file or URL, {@code null} for the built-in tone
 */
public record RingtoneOptions(boolean disabled, URI ringtoneUrl) {

    /** Rings with the built-in tone. */
    public static final RingtoneOptions DEFAULT = new RingtoneOptions(false, null);

    /** Does not ring. */
    public static final RingtoneOptions DISABLED = new RingtoneOptions(true, null);
}
