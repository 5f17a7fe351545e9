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
import io.connectstreams.api.wrapup.WrapUp;

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
     * @param listener called with each entry added or updated, on the thread that recorded it once the log released
     *            its locks, in the order of the changes; one that throws is logged and reported as
     *            {@code streams::handler_failure} (event name {@code calllog::change}), and the recording goes on
     * @return the subscription
     */
    Subscription onChange(Consumer<CallLogEntry> listener);

    /**
     * Keeps the agent's wrap-up (disposition and notes) with the entry of the contact's latest offer, replacing an
     * earlier wrap-up; call it before clearing the contact, so the entry is finished with it. Written to the disk
     * before it returns; listeners hear of it as an update.
     *
     * @param contactId a contact id
     * @param wrapUp what the agent recorded; {@link WrapUp#NONE} removes it
     * @return whether the contact has an entry (nothing is kept otherwise)
     */
    boolean saveWrapUp(String contactId, WrapUp wrapUp);

    /**
     * Adds a listener of every change (added, updated, removed entries), delivered in order on the call log's own
     * thread, never the caller's ({@link CallLogListener}).
     *
     * @param listener the listener
     * @return the subscription; {@link Subscription#unsubscribe()} stops the deliveries (one under way finishes)
     */
    Subscription addListener(CallLogListener listener);
}
