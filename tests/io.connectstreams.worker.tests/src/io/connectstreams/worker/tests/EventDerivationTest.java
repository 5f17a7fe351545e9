/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static io.connectstreams.testing.AgentSnapshots.ACW;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.BUSY;
import static io.connectstreams.testing.AgentSnapshots.LUNCH;
import static io.connectstreams.testing.AgentSnapshots.MISSED;
import static io.connectstreams.testing.AgentSnapshots.OFFLINE;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.AgentStateChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.worker.internal.agent.Actions;
import io.connectstreams.worker.internal.agent.AgentHandle;
import io.connectstreams.worker.internal.agent.AgentStore;
import io.connectstreams.worker.internal.agent.EventDeriver;
import io.connectstreams.worker.internal.agent.HandleContext;

/**
 * Snapshot diffs give exactly Streams' events in Streams' order (AgentDataProvider and its event graphs), on the
 * real event bus.
 */
class EventDerivationTest {

    private static final String ID = "c-1";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private EventBus bus;
    private AgentStore store;
    private EventDeriver deriver;
    private BusRecorder recorder;

    @BeforeEach
    void setUp() {
        bus = Bundles.service(EventBus.class, Duration.ofSeconds(10));
        store = new AgentStore();
        HandleContext context = new HandleContext(bus, null, new Actions(Duration.ofSeconds(1), timer), store,
                Clock.systemUTC());
        deriver = new EventDeriver(context, new AgentHandle(context));
        recorder = new BusRecorder(bus);
    }

    @AfterEach
    void tearDown() {
        recorder.close();
        timer.shutdownNow();
    }

    @Test
    void theFirstSnapshotInitializesTheAgent() {
        assertTrue(deriver.apply(agent(AVAILABLE)));
        assertEquals(List.of("agent::update", "agent::init", "agent::refresh", "agent::routable", "agent::state_change"),
                recorder.take());
        assertFalse(deriver.apply(agent(AVAILABLE)));
        assertEquals(List.of("agent::update", "agent::refresh"), recorder.take(), "nothing changed: refresh only");
    }

    @Test
    void stateChangesCarryOldAndNewNamesAndFireTheirGraphEvents() {
        try (BusRecorder all = new BusRecorder(bus)) {
            deriver.apply(agent(AVAILABLE));
            recorder.take();
            deriver.apply(agent(LUNCH));
            assertEquals(List.of("agent::update", "agent::refresh", "agent::not_routable", "agent::state_change"),
                    recorder.take());
            deriver.apply(agent(MISSED));
            assertEquals(List.of("agent::update", "agent::refresh", "agent::state_change", "agent::error"),
                    recorder.take(), "an error-type state fires no routing event, and agent::error by name");
            deriver.apply(agent(ACW));
            assertEquals(List.of("agent::update", "agent::refresh", "agent::state_change", "agent::acw"),
                    recorder.take(), "error and system share no routing event");
            deriver.apply(agent(OFFLINE));
            assertEquals(List.of("agent::update", "agent::refresh", "agent::offline", "agent::state_change"),
                    recorder.take());
            assertEquals(List.of("Init->Available", "Available->Lunch", "Lunch->MissedCallAgent",
                    "MissedCallAgent->AfterCallWork", "AfterCallWork->Offline"),
                    all.payloads("agent::state_change", AgentStateChange.class).stream()
                            .map(c -> c.oldState() + "->" + c.newState()).toList());
        }
    }

    @Test
    void nextStatesAreEnqueuedAndCleared() {
        deriver.apply(agent(BUSY));
        recorder.take();
        deriver.apply(agent(BUSY, OFFLINE));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::enqueued_next_state"), recorder.take());
        deriver.apply(agent(BUSY, LUNCH));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::enqueued_next_state"), recorder.take());
        deriver.apply(agent(BUSY));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::cleared_next_state"), recorder.take());
    }

    @Test
    void anInboundCallFromOfferToClear() {
        deriver.apply(agent(AVAILABLE));
        recorder.take();

        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.CONNECTING)));
        assertEquals(List.of("agent::update", "agent::refresh", "contact::init", "contact::connecting",
                "contact::connecting::c-1", "contact::refresh", "contact::refresh::c-1"), recorder.take());

        deriver.apply(agent(BUSY, voice(ID, ContactStateType.CONNECTED)));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::state_change", "contact::connected",
                "contact::connected::c-1", "contact::refresh", "contact::refresh::c-1"), recorder.take());

        deriver.apply(agent(ACW, voice(ID, ContactStateType.ENDED)));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::state_change", "agent::acw", "contact::acw",
                "contact::acw::c-1", "contact::ended", "contact::ended::c-1", "contact::refresh",
                "contact::refresh::c-1"), recorder.take());

        deriver.apply(agent(AVAILABLE));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::routable", "agent::state_change",
                "contact::destroyed", "contact::destroyed::c-1"), recorder.take(), "ended fired once, before");
    }

    @Test
    void aMissedOfferEndsThenMisses() {
        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.CONNECTING)));
        recorder.take();
        deriver.apply(agent(MISSED, voice(ID, ContactStateType.MISSED)));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::state_change", "agent::error",
                "contact::ended", "contact::ended::c-1", "contact::missed", "contact::missed::c-1",
                "contact::refresh", "contact::refresh::c-1"), recorder.take());
        deriver.apply(agent(MISSED));
        assertEquals(List.of("agent::update", "agent::refresh", "contact::destroyed", "contact::destroyed::c-1"),
                recorder.take());
    }

    @Test
    void anOfferGoingToErrorFiresErrorMissedEnded() {
        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.CONNECTING)));
        recorder.take();
        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.ERROR)));
        assertEquals(List.of("agent::update", "agent::refresh", "contact::error", "contact::error::c-1",
                "contact::missed", "contact::missed::c-1", "contact::ended", "contact::ended::c-1", "contact::refresh",
                "contact::refresh::c-1"), recorder.take());
    }

    @Test
    void aContactVanishingWithoutEndingStillEndsExactlyOnce() {
        deriver.apply(agent(BUSY, voice(ID, ContactStateType.CONNECTED)));
        recorder.take();
        deriver.apply(agent(AVAILABLE));
        assertEquals(List.of("agent::update", "agent::refresh", "agent::routable", "agent::state_change",
                "contact::ended", "contact::ended::c-1", "contact::destroyed", "contact::destroyed::c-1"),
                recorder.take());
    }

    @Test
    void aContactFirstSeenInAfterCallWorkEndsOnRemoval() {
        deriver.apply(agent(ACW, voice(ID, ContactStateType.ENDED)));
        List<String> first = recorder.take();
        assertEquals(List.of("contact::init", "contact::acw", "contact::acw::c-1", "contact::refresh",
                "contact::refresh::c-1"), first.subList(first.indexOf("contact::init"), first.size()));
        deriver.apply(agent(AVAILABLE));
        List<String> removal = recorder.take();
        assertEquals(List.of("contact::ended", "contact::ended::c-1", "contact::destroyed", "contact::destroyed::c-1"),
                removal.subList(removal.indexOf("contact::ended"), removal.size()));
    }

    @Test
    void scopedSubscriptionsEndWithTheirContact() {
        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.CONNECTING)));
        Contact contact = store.contact(ID).orElseThrow();
        List<String> refreshed = new java.util.ArrayList<>();
        Subscription onRefresh = contact.onRefresh(c -> refreshed.add(c.getState().type().wireValue()));
        Subscription onDestroy = contact.onDestroy(c -> refreshed.add("destroyed"));
        deriver.apply(agent(BUSY, voice(ID, ContactStateType.CONNECTED)));
        deriver.apply(agent(AVAILABLE));
        assertEquals(List.of("connected", "destroyed"), refreshed);
        assertFalse(onRefresh.isActive());
        assertFalse(onDestroy.isActive());
        assertTrue(store.contact(ID).isEmpty());
        assertEquals(ContactStateType.CONNECTED, contact.getState().type(), "a destroyed contact keeps its last data");
    }

    @Test
    void aCallReroutedToTheSameAgentIsANewContact() {
        deriver.apply(agent(AVAILABLE, voice(ID, ContactStateType.CONNECTING)));
        Contact first = store.contact(ID).orElseThrow();
        recorder.take();
        deriver.apply(agent(AVAILABLE, voice("c-2", ContactStateType.CONNECTING)));
        assertEquals(List.of("agent::update", "agent::refresh", "contact::init", "contact::connecting",
                "contact::connecting::c-2", "contact::refresh", "contact::refresh::c-2", "contact::ended",
                "contact::ended::c-1", "contact::destroyed", "contact::destroyed::c-1"), recorder.take(),
                "added contacts first, then removed ones, as Streams");
        assertEquals(ContactStateType.CONNECTING, first.getState().type());
        assertTrue(store.contact("c-2").isPresent());
        assertTrue(store.contact(ID).isEmpty());
    }
}
