/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.BUSY;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.demo.internal.crm.CallPhase;
import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.demo.internal.crm.Registration;
import io.connectstreams.demo.internal.crm.ScreenPop;
import io.connectstreams.demo.internal.crm.ScreenPopEvent;
import io.connectstreams.demo.internal.crm.ScreenPopService;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;

/**
 * The screen pop decides on the events the worker really publishes: snapshots played through the worker's
 * derivation ({@link SnapshotPlayer}) onto the real event bus.
 */
class ScreenPopTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final EventBus bus = Bundles.service(EventBus.class, WAIT);
    private final SnapshotPlayer player = new SnapshotPlayer(bus);
    private final ScreenPop screenPop = new ScreenPop(bus, CustomerDirectory.builtIn(),
            Bundles.service(LoggerFactory.class, WAIT).getLogger(ScreenPopTest.class), Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<ScreenPopEvent> pops = new CopyOnWriteArrayList<>();
    private final Registration listener = screenPop.onPop(pops::add);

    @AfterEach
    void close() {
        listener.close();
        screenPop.close();
        player.close();
    }

    @Test
    void aKnownCallerPopsOnceWhenTheCallRings() {
        String id = contactId();
        player.play(agent(AVAILABLE, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTING, "+14255550101")));
        assertEquals(1, pops.size(), "one pop when the call rings");
        ScreenPopEvent pop = pops.get(0);
        assertEquals(id, pop.contactId());
        assertEquals(ContactType.VOICE, pop.contactType());
        assertEquals("+14255550101", pop.number());
        assertEquals("Grace Hopper", pop.knownCustomer().orElseThrow().name());
        assertEquals(NOW, pop.arrivedAt());
        assertEquals(pop, screenPop.latest().orElseThrow());

        player.play(agent(BUSY, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTED, "+14255550101")));
        player.play(agent(AVAILABLE));
        assertEquals(1, pops.size(), "answering and ending the call does not pop again");
    }

    @Test
    void aSipAddressFindsTheCustomerByItsNumber() {
        player.play(agent(AVAILABLE, Callers.call(contactId(), ContactType.VOICE, ContactStateType.CONNECTING,
                "sip:+442079460123@carrier.example")));
        assertEquals("Alan Turing", pops.get(0).knownCustomer().orElseThrow().name());
        assertEquals("+442079460123", pops.get(0).number(), "the number without sip: and @host");
    }

    @Test
    void anUnknownCallerPopsWithItsNumberOnly() {
        player.play(agent(AVAILABLE,
                Callers.call(contactId(), ContactType.VOICE, ContactStateType.CONNECTING, "+13605550199")));
        assertEquals(1, pops.size());
        assertNull(pops.get(0).customer());
        assertTrue(pops.get(0).knownCustomer().isEmpty());
        assertEquals("+13605550199", pops.get(0).number());
    }

    @Test
    void aWithheldNumberPopsAsAnUnknownCallerWithoutNumber() {
        player.play(agent(AVAILABLE, Callers.call(contactId(), ContactType.VOICE, ContactStateType.CONNECTING, null)));
        assertEquals(1, pops.size());
        assertTrue(pops.get(0).knownCustomer().isEmpty());
        assertEquals("", pops.get(0).number());
    }

    @Test
    void aCallbackPopsWhenOfferedAndNotAgainWhenItDialsTheCustomer() {
        String id = contactId();
        player.play(agent(AVAILABLE,
                Callers.call(id, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING, "+16175550169")));
        assertEquals(1, pops.size());
        assertTrue(pops.get(0).isCallback());
        assertEquals("Margaret Hamilton", pops.get(0).knownCustomer().orElseThrow().name());

        player.play(agent(BUSY,
                Callers.call(id, ContactType.QUEUE_CALLBACK, ContactStateType.CONNECTING, "+16175550169")));
        player.play(agent(BUSY,
                Callers.call(id, ContactType.QUEUE_CALLBACK, ContactStateType.CONNECTED, "+16175550169")));
        assertEquals(1, pops.size(), "one pop per contact");
    }

    @Test
    void aPoppedCallsPhaseFollowsItFromRingingToEnded() {
        List<String> phases = new CopyOnWriteArrayList<>();
        screenPop.onPhase((contactId, phase) -> phases.add(phase.name()));
        String id = contactId();
        player.play(agent(AVAILABLE, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTING, "+14255550100")));
        player.play(agent(BUSY, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTED, "+14255550100")));
        player.play(agent(BUSY, Callers.call(id, ContactType.VOICE, ContactStateType.ENDED, "+14255550100")));
        assertEquals(List.of("RINGING", "ON_CALL", "ENDED"), phases);
        assertEquals(CallPhase.ENDED, screenPop.phase(id).orElseThrow());
        player.play(agent(AVAILABLE));
        assertTrue(screenPop.phase(id).isEmpty(), "forgotten once destroyed");
    }

    @Test
    void anUnansweredCallIsMissedOrRejected() {
        List<String> phases = new CopyOnWriteArrayList<>();
        screenPop.onPhase((contactId, phase) -> phases.add(contactId + " " + phase));
        String missed = contactId();
        player.play(agent(AVAILABLE, Callers.call(missed, ContactType.VOICE, ContactStateType.CONNECTING, "+1")));
        player.play(agent(AVAILABLE, Callers.call(missed, ContactType.VOICE, ContactStateType.MISSED, "+1")));
        String rejected = contactId();
        player.play(agent(AVAILABLE, Callers.call(rejected, ContactType.VOICE, ContactStateType.CONNECTING, "+1")));
        player.play(agent(AVAILABLE, Callers.call(rejected, ContactType.VOICE, ContactStateType.REJECTED, "+1")));
        String gone = contactId();
        player.play(agent(AVAILABLE, Callers.call(gone, ContactType.VOICE, ContactStateType.CONNECTING, "+1")));
        player.play(agent(AVAILABLE));
        assertEquals(List.of(missed + " RINGING", missed + " MISSED", rejected + " RINGING", rejected + " REJECTED",
                gone + " RINGING", gone + " MISSED"), phases);
    }

    @Test
    void anOutboundCallDoesNotPop() {
        player.play(agent(BUSY, Callers.outbound(contactId(), ContactStateType.CONNECTING, "+14255550100")));
        player.play(agent(BUSY, Callers.outbound(contactId(), ContactStateType.CONNECTING, "+14255550100")));
        assertEquals(List.of(), pops);
    }

    @Test
    void aContactOfferedAgainAfterItWasDestroyedPopsAgain() {
        String id = contactId();
        player.play(agent(AVAILABLE, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTING, "+14255550100")));
        player.play(agent(AVAILABLE));
        player.play(agent(AVAILABLE, Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTING, "+14255550100")));
        assertEquals(2, pops.size());
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromTheCall() {
        List<ScreenPopEvent> later = new CopyOnWriteArrayList<>();
        try (Registration failing = screenPop.onPop(pop -> {
            throw new IllegalStateException("a broken screen");
        }); Registration second = screenPop.onPop(later::add)) {
            player.play(agent(AVAILABLE,
                    Callers.call(contactId(), ContactType.VOICE, ContactStateType.CONNECTING, "+14255550100")));
        }
        assertEquals(1, pops.size());
        assertEquals(pops, later);
    }

    @Test
    void aClosedScreenPopNoLongerListens() {
        screenPop.close();
        player.play(agent(AVAILABLE,
                Callers.call(contactId(), ContactType.VOICE, ContactStateType.CONNECTING, "+14255550100")));
        assertEquals(List.of(), pops);
    }

    @Test
    void theDemosScreenPopServiceFollowsTheEventBusService() {
        ScreenPopService service = Bundles.service(ScreenPopService.class, WAIT);
        List<ScreenPopEvent> seen = new CopyOnWriteArrayList<>();
        String id = contactId();
        try (Registration registration = service.onPop(seen::add)) {
            player.play(agent(AVAILABLE,
                    Callers.call(id, ContactType.VOICE, ContactStateType.CONNECTING, "+1 (415) 555-0133")));
        }
        assertEquals(1, seen.size());
        assertEquals(id, seen.get(0).contactId());
        assertEquals("Priya Natarajan", seen.get(0).knownCustomer().orElseThrow().name());
        assertEquals(id, service.latest().orElseThrow().contactId());
    }

    private static String contactId() {
        return UUID.randomUUID().toString();
    }
}
