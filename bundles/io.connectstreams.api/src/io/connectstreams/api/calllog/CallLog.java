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

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.connectstreams.api.event.Subscription;

/**
 * The agent's persistent call log, an OSGi service: every contact becomes an entry, kept across restarts.
 * Streams has no counterpart (contact records live in the cloud); peers call it {@code processCallLog} or
 * {@code saveLog}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface CallLog {

    /**
     * @param query what to select
     * @return matching entries, newest first
     */
    List<CallLogEntry> query(CallLogQuery query);

    /**
     * @param contactId a contact id
     * @return its entry; of a contact offered more than once (missed, then offered again), the latest offer's
     */
    Optional<CallLogEntry> find(String contactId);

    /**
     * Writes matching entries as CSV (RFC 4180, header line first).
     *
     * @param query what to export
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    void exportCsv(CallLogQuery query, Writer out) throws IOException;

    /**
     * @param listener called with each entry added or updated, on the thread that recorded it
     * @return the subscription
     */
    Subscription onChange(Consumer<CallLogEntry> listener);
}
