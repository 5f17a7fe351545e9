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

import java.util.Objects;

/**
 * One change of the call log, as {@link CallLogListener}s hear of it.
 *
 * @param kind added, updated or removed
 * @param entry the entry as it is now (added, updated) or as it was (removed)
 */
public record CallLogChange(Kind kind, CallLogEntry entry) {

    /** What happened to the entry. */
    public enum Kind {
        /** A contact (or a new offer of it) got an entry. */
        ADDED,
        /** An entry changed: the call went on, finished, got its wrap-up or a late name or statistics. */
        UPDATED,
        /** An entry left the log (retention). */
        REMOVED
    }

    /** Checks for {@code null}. */
    public CallLogChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
    }
}
