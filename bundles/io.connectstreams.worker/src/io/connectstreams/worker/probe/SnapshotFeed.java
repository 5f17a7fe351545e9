/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.probe;

import java.util.Optional;

import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;

/**
 * Agent snapshots played through the worker's real event derivation, as if polled from a back end. Actions on the
 * published handles fail: there is no back end.
 */
public interface SnapshotFeed extends AutoCloseable {

    /**
     * Publishes what changed since the previous snapshot, synchronously.
     *
     * @param snapshot the next snapshot
     */
    void play(AgentSnapshot snapshot);

    /**
     * @param contactId a contact id
     * @return its handle while it is in the last snapshot
     */
    Optional<Contact> contact(String contactId);

    /** Stops the timer of the handles' actions. */
    @Override
    void close();
}
