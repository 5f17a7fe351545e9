/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;

/**
 * The call-log service names the party from the {@link ContactNames} service even when the host answers after the
 * contact's last event (a short missed call and a slow directory).
 */
class CallLogPartyNamesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final EventBus bus = Bundles.service(EventBus.class, WAIT);
    private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);

    @Test
    void aNameThatArrivesAfterTheCallEndedIsRecorded() {
        SlowDirectory directory = new SlowDirectory();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        ServiceRegistration<ContactNames> registration = FrameworkUtil.getBundle(CallLogPartyNamesTest.class)
                .getBundleContext().registerService(ContactNames.class, directory, properties);
        try {
            CallLog callLog = Bundles.service(CallLog.class, WAIT);
            String contactId = "named-late-" + UUID.randomUUID();
            Call call = Call.inbound(contactId, base).customer(null, Call.CUSTOMER_URI);
            try (SnapshotPlayer player = new SnapshotPlayer(bus)) {
                play(player, 1, call);
                play(player, 5);
            }
            Await.until(WAIT, () -> callLog.find(contactId).map(e -> e.outcome() == CallOutcome.MISSED).orElse(false),
                    "the missed call recorded");
            assertEquals(null, callLog.find(contactId).orElseThrow().endpointName(), "no name yet");

            directory.answer(contactId, "Ada Lovelace");
            Await.until(WAIT, () -> "Ada Lovelace".equals(callLog.find(contactId).orElseThrow().endpointName()),
                    () -> "the host's late answer recorded: " + callLog.find(contactId));
        } finally {
            registration.unregister();
        }
    }

    private void play(SnapshotPlayer player, long second, Call... calls) {
        Instant at = base.plusSeconds(second);
        player.play(new AgentSnapshot(AgentSnapshots.AVAILABLE, null, null, at, at,
                List.of(calls).stream().map(Call::snapshot).toList(), AgentSnapshots.configuration()));
    }

    /** A directory that answers when the test says so. */
    private static final class SlowDirectory implements ContactNames {
        private final Map<String, CompletableFuture<Optional<String>>> lookups = new ConcurrentHashMap<>();
        private final Map<String, String> answered = new ConcurrentHashMap<>();

        @Override
        public CompletionStage<Optional<String>> displayName(ContactSnapshot contact) {
            return lookups.computeIfAbsent(contact.contactId(), id -> new CompletableFuture<>());
        }

        @Override
        public Optional<String> cachedName(String contactId) {
            return Optional.ofNullable(answered.get(contactId));
        }

        void answer(String contactId, String name) {
            answered.put(contactId, name);
            lookups.computeIfAbsent(contactId, id -> new CompletableFuture<>()).complete(Optional.of(name));
        }
    }
}
