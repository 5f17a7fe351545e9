/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.ringtone;

/**
 * The ringtone engines of Streams' {@code ringtone.js} this product has.
 */
public enum RingtoneKind {
    /** Streams' {@code VoiceRingtoneEngine}: an inbound softphone call in {@code connecting}, the only voice contact. */
    VOICE,
    /** Streams' {@code AdditionalVoiceRingtoneEngine}: the same while another voice or callback contact exists. */
    ADDITIONAL_VOICE,
    /** Streams' {@code QueueCallbackRingtoneEngine}: a {@code queue_callback} contact in {@code incoming}. */
    QUEUE_CALLBACK,
    /**
     * Streams' {@code TaskRingtoneEngine}: an inbound task in {@code connecting}. Off unless the configuration turns
     * it on ({@code StreamsConfiguration.ringtoneFor(ContactType.TASK)}, Streams' {@code ringtone.task}).
     */
    TASK
}
