/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.connectstreams.api.config.RingtoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.ringtone.RingtoneKind;
import io.connectstreams.ringtone.internal.audio.BuiltInTones;
import io.connectstreams.ringtone.internal.audio.CustomTone;
import io.connectstreams.ringtone.internal.audio.Tone;

/**
 * Which ringtone each engine plays and whether it may ring, from the session's {@link StreamsConfiguration}
 * ({@link StreamsConfiguration#ringtoneFor(ContactType)}): voice and additional voice follow the voice options,
 * the callback engine the queue-callback options, the task engine the task options. Without a configuration,
 * voice and callbacks ring with our tones and tasks do not ring (the defaults of {@code ringtoneFor}). Confined to the ringtone thread, so a configuration takes effect
 * in order with the contact events.
 */
final class RingtoneChoices {

    private StreamsConfiguration configuration;
    private final Map<URI, CustomTone> customTones = new HashMap<>();

    /**
     * @param newConfiguration the session's configuration
     */
    void configure(StreamsConfiguration newConfiguration) {
        configuration = newConfiguration;
    }

    /**
     * @param answer the answer to {@code request_configure}
     * @return whether it was taken: only when no {@code configure} event arrived first
     */
    boolean configureIfAbsent(StreamsConfiguration answer) {
        if (configuration != null) {
            return false;
        }
        configuration = answer;
        return true;
    }

    /**
     * @param kind an engine
     * @return its options
     */
    RingtoneOptions options(RingtoneKind kind) {
        ContactType type = switch (kind) {
            case VOICE, ADDITIONAL_VOICE -> ContactType.VOICE;
            case QUEUE_CALLBACK -> ContactType.QUEUE_CALLBACK;
            case TASK -> ContactType.TASK;
        };
        if (configuration == null) {
            // ringtoneFor's defaults: tasks ring only when configured to, as Streams' ringtone.task
            return type == ContactType.TASK ? RingtoneOptions.DISABLED : RingtoneOptions.DEFAULT;
        }
        return configuration.ringtoneFor(type);
    }

    /**
     * @param kind an engine
     * @return the configured file or URL, otherwise our tone of that engine; a custom tone is loaded once and kept
     */
    Tone tone(RingtoneKind kind) {
        URI url = options(kind).ringtoneUrl();
        return url == null ? BuiltInTones.of(kind) : customTones.computeIfAbsent(url, CustomTone::new);
    }
}
