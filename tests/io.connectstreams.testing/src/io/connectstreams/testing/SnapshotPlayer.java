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

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.worker.internal.agent.Actions;
import io.connectstreams.worker.internal.agent.AgentHandle;
import io.connectstreams.worker.internal.agent.AgentStore;
import io.connectstreams.worker.internal.agent.EventDeriver;
import io.connectstreams.worker.internal.agent.HandleContext;

/**
 * Plays agent snapshots through the worker's real event derivation onto the real bus, so a bundle that reacts to
 * agent and contact events (ringtones, call log, view) is tested with exactly the events, order and payloads the
 * worker publishes, without a back end. Actions on the published handles fail: there is no back end.
 */
public final class SnapshotPlayer implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AgentStore store = new AgentStore();
    private final EventDeriver deriver;

    /**
     * @param bus the bus to publish on
     */
    public SnapshotPlayer(EventBus bus) {
        HandleContext context = new HandleContext(bus, null, new Actions(Duration.ofSeconds(1), timer), store,
                Clock.systemUTC());
        deriver = new EventDeriver(context, new AgentHandle(context));
    }

    /**
     * Publishes what changed since the previous snapshot, synchronously.
     *
     * @param snapshot the next snapshot
     */
    public void play(AgentSnapshot snapshot) {
        deriver.apply(snapshot);
    }

    /**
     * @param contactId a contact id
     * @return its handle while it is in the last snapshot
     */
    public Optional<Contact> contact(String contactId) {
        return store.contact(contactId).map(c -> c);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
