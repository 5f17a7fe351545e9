/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.time.Duration;
import java.util.Optional;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.worker.probe.SnapshotFeed;
import io.connectstreams.worker.probe.WorkerProbe;

/**
 * Plays agent snapshots through the worker's real event derivation onto the real bus, so a bundle that reacts to
 * agent and contact events (ringtones, call log, view) is tested with exactly the events, order and payloads the
 * worker publishes, without a back end. Actions on the published handles fail: there is no back end. Needs the
 * worker's {@link WorkerProbe} (the test runtime sets {@value WorkerProbe#PROPERTY}).
 */
public final class SnapshotPlayer implements AutoCloseable {

    private final SnapshotFeed feed;

    /**
     * @param bus the bus to publish on
     */
    public SnapshotPlayer(EventBus bus) {
        feed = Bundles.service(WorkerProbe.class, Duration.ofSeconds(10)).snapshotFeed(bus);
    }

    /**
     * Publishes what changed since the previous snapshot, synchronously.
     *
     * @param snapshot the next snapshot
     */
    public void play(AgentSnapshot snapshot) {
        feed.play(snapshot);
    }

    /**
     * @param contactId a contact id
     * @return its handle while it is in the last snapshot
     */
    public Optional<Contact> contact(String contactId) {
        return feed.contact(contactId);
    }

    @Override
    public void close() {
        feed.close();
    }
}
