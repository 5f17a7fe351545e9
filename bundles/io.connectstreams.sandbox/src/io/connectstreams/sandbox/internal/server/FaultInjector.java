/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Faults queued by the control API for the next CTI requests: an error status, a dropped connection, a malformed
 * (truncated) body, or added latency. Each entry applies to a number of requests, optionally of one operation only;
 * entries are consumed in the order they were added. Thread-safe.
 */
public final class FaultInjector {

    /** What to do with one request. */
    public enum Kind {
        /** Answer with an error status. */
        STATUS,
        /** Close the connection without an answer. */
        DROP,
        /** Answer 200 with the body cut in half (not valid JSON). */
        TRUNCATE,
        /** Wait before handling (combines with the others). */
        DELAY
    }

    /**
     * What happens to one request.
     *
     * @param kind STATUS, DROP or TRUNCATE; {@code null} for a normal answer
     * @param status the error status for STATUS
     * @param delayMillis latency to add first
     */
    public record Decision(Kind kind, int status, long delayMillis) {

        /** No fault. */
        public static final Decision NONE = new Decision(null, 0, 0);
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param kind the fault
     * @param value the status (STATUS) or the delay in milliseconds (DELAY), else ignored
     * @param count for how many requests (at least 1)
     * @param operation only requests of this operation ({@code GetAgentSnapshot}, ...), or {@code null} for any
     */
    public synchronized void add(Kind kind, long value, int count, String operation) {
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be between 1 and 1000000");
        }
        if (kind == Kind.STATUS && !(value == 401 || value == 403 || value == 429 || (value >= 500 && value <= 599))) {
            throw new IllegalArgumentException("status must be 401, 403, 429 or 5xx");
        }
        if (kind == Kind.DELAY && (value < 1 || value > 120_000)) {
            throw new IllegalArgumentException("delay must be between 1 and 120000 ms");
        }
        entries.add(new Entry(kind, value, count, operation));
    }

    /**
     * Takes the faults for one request.
     *
     * @param operation the request's operation
     * @return what to do
     */
    public synchronized Decision next(String operation) {
        long delay = 0;
        Kind kind = null;
        int status = 0;
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (entry.operation != null && !entry.operation.equals(operation)) {
                continue;
            }
            if (entry.kind == Kind.DELAY) {
                delay += entry.value;
            } else if (kind == null) {
                kind = entry.kind;
                status = (int) entry.value;
            } else {
                continue;
            }
            if (--entry.remaining == 0) {
                it.remove();
            }
        }
        return kind == null && delay == 0 ? Decision.NONE : new Decision(kind, status, delay);
    }

    private final Set<CtiWebSocket> webSockets = ConcurrentHashMap.newKeySet();

    void opened(CtiWebSocket socket) {
        webSockets.add(socket);
    }

    void closed(CtiWebSocket socket) {
        webSockets.remove(socket);
    }

    /**
     * Drops every open CTI WebSocket without a close frame, as a lost network does.
     *
     * @return how many were dropped
     */
    public int dropWebSockets() {
        int dropped = 0;
        for (CtiWebSocket socket : webSockets) {
            if (socket.drop()) {
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * Drops every queued fault.
     */
    public synchronized void clear() {
        entries.clear();
    }

    /**
     * @return the queued faults, for the control API: kind, value, remaining, operation
     */
    public synchronized List<String> describe() {
        return entries.stream().map(entry -> entry.kind.name().toLowerCase(java.util.Locale.ROOT)
                + (entry.kind == Kind.STATUS ? " " + entry.value : entry.kind == Kind.DELAY ? " " + entry.value + "ms" : "")
                + " x" + entry.remaining + (entry.operation == null ? "" : " on " + entry.operation)).toList();
    }

    /**
     * @param status an injected status
     * @return the service error it is answered with
     */
    public static CtiException error(int status) {
        return switch (status) {
            case 401 -> CtiException.unauthorized("The auth token is not valid (injected fault)");
            case 403 -> CtiException.accessDenied("Access denied (injected fault)");
            case 429 -> new CtiException(429, "ThrottlingException", "Rate exceeded (injected fault)");
            case 502, 503, 504 -> new CtiException(status, "ServiceUnavailableException",
                    "Service unavailable (injected fault)");
            default -> new CtiException(status, "InternalServiceException", "Internal service error (injected fault)");
        };
    }

    private static final class Entry {
        final Kind kind;
        final long value;
        final String operation;
        int remaining;

        Entry(Kind kind, long value, int remaining, String operation) {
            this.kind = kind;
            this.value = value;
            this.remaining = remaining;
            this.operation = operation;
        }
    }
}
