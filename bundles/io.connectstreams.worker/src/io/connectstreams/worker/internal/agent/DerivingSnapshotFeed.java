/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.worker.probe.SnapshotFeed;

/**
 * The probe's {@link SnapshotFeed}: a store and an {@link EventDeriver} of their own, without a back end (no
 * session, actions time out after 1 s).
 */
public final class DerivingSnapshotFeed implements SnapshotFeed {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AgentStore store = new AgentStore();
    private final EventDeriver deriver;

    /**
     * @param bus the bus to publish on
     */
    public DerivingSnapshotFeed(EventBus bus) {
        HandleContext context = new HandleContext(bus, null, new Actions(Duration.ofSeconds(1), timer), store,
                Clock.systemUTC());
        deriver = new EventDeriver(context, new AgentHandle(context));
    }

    @Override
    public void play(AgentSnapshot snapshot) {
        deriver.apply(snapshot);
    }

    @Override
    public Optional<Contact> contact(String contactId) {
        return store.contact(contactId).map(c -> c);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
