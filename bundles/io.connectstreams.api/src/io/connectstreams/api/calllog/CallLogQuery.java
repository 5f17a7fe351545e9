/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.calllog;

import java.time.Instant;
import java.util.Set;

/**
 * Selects call-log entries; every criterion is optional ({@code null} or empty means "any").
 *
 * @param from entries that started at or after this time
 * @param to entries that started before this time
 * @param text case-insensitive text found in the number, endpoint name or queue
 * @param outcomes outcomes to keep
 * @param limit at most this many entries, newest first; 0 for all
 */
public record CallLogQuery(Instant from, Instant to, String text, Set<CallOutcome> outcomes, int limit) {

    /** Every entry, newest first. */
    public static final CallLogQuery ALL = new CallLogQuery(null, null, null, Set.of(), 0);

    /** Copies the outcomes. */
    public CallLogQuery {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        if (limit < 0) {
            throw new IllegalArgumentException("limit: must not be negative");
        }
    }

    /**
     * @param entry an entry
     * @return whether the query selects it (the limit aside)
     */
    public boolean matches(CallLogEntry entry) {
        if (from != null && entry.start().isBefore(from) || to != null && !entry.start().isBefore(to)) {
            return false;
        }
        if (!outcomes.isEmpty() && !outcomes.contains(entry.outcome())) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return contains(entry.number(), needle) || contains(entry.endpointName(), needle)
                || contains(entry.queueName(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
