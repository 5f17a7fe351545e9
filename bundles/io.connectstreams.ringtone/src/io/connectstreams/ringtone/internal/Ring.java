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

import java.util.Map;

import io.connectstreams.api.ringtone.RingtoneKind;
import io.connectstreams.ringtone.internal.audio.Tone;

/**
 * A contact that rings (or waits for its turn): which engine, which tone, the call's data for telemetry, and until
 * when it may ring at most. Confined to the ringtone thread.
 */
final class Ring {

    final String contactId;
    final RingtoneKind kind;
    final Tone tone;
    final Map<String, Object> callInfo;
    final long deadlineNanos;
    boolean started;

    Ring(String contactId, RingtoneKind kind, Tone tone, Map<String, Object> callInfo, long deadlineNanos) {
        this.contactId = contactId;
        this.kind = kind;
        this.tone = tone;
        this.callInfo = Map.copyOf(callInfo);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public String toString() {
        return kind + " ringtone of contact " + contactId;
    }
}
