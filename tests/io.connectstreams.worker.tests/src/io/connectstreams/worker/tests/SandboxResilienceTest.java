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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.api.event.BackendError;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.event.WebSocketEvents;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.worker.internal.Tuning;

/**
 * The worker against a misbehaving sandbox: tokens expiring mid-shift, a 401 storm, a 30-second outage, a
 * malformed snapshot. Polling always resumes; no contact event is lost or duplicated.
 */
class SandboxResilienceTest {

    private static final Duration WAIT = SandboxSession.WAIT;
    private static final String CALLER = "+14255550100";

    private SandboxSession fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void tokensExpiringMidShiftAreRefreshedBeforeTheyExpire() throws Exception {
        // 4 s tokens, refreshed when less than 3 s remain, checked every 250 ms: several refreshes, never a 401
        Tuning tuning = new Tuning(Tuning.STREAMS.pollAfterSuccess(), Tuning.STREAMS.pollAfterFailure(),
                Tuning.STREAMS.pollMaxBackoff(), Tuning.STREAMS.configurationInterval(), Duration.ofMillis(250),
                Duration.ofSeconds(3), Duration.ofMillis(200), 4, Tuning.STREAMS.reauthorizeBackoffBase(),
                Tuning.STREAMS.reauthorizeRetries(), Tuning.STREAMS.webSocketHeartbeat(),
                Tuning.STREAMS.initDeadline(), Tuning.STREAMS.maxResponseBytes());
        fixture = new SandboxSession(Sandbox.builder().tokenLifetime(Duration.ofSeconds(4)), "jane", tuning);
        Agent agent = fixture.signIn();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
        Await.until(Duration.ofSeconds(15), () -> System.nanoTime() > deadline, "a 12-second shift");
        long refreshes = count(EventType.AUTHORIZE_SUCCESS);
        assertTrue(refreshes >= 4, "refreshes in 12 s of 4-second tokens: " + refreshes);
        assertEquals(0, count(EventType.AUTH_FAIL));
        assertTrue(metrics().stream().noneMatch(m -> m.httpStatusCode() == 401), "no call was refused");
        await(agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()));
        Await.until(WAIT, () -> "Available".equals(agent.getState().name()), "polling still follows the agent");
    }

    @Test
    void a401StormEndsWithReauthorizationAndPollingResumes() throws Exception {
        fixture = new SandboxSession(Sandbox.builder(), "jane", Tuning.STREAMS);
        Agent agent = fixture.signIn();
        fixture.events.take();
        int expired = fixture.sandbox.control().expireAllTokens();
        assertTrue(expired >= 1);
        fixture.events.await(e -> EventType.AUTHORIZE_SUCCESS.equals(e.name()), WAIT, "re-authorization");
        // the refused request's api_metric follows the reading of its 401, which already started the re-authorization
        Await.until(WAIT, () -> metrics().stream().anyMatch(m -> m.httpStatusCode() == 401),
                "the old token was refused");
        await(agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()));
        Await.until(WAIT, () -> "Available".equals(agent.getState().name()), "snapshots after re-authorization");
        assertEquals(ConnectionStatus.CONNECTED, fixture.session.status());
        assertEquals(0, count(EventType.AUTH_FAIL));
    }

    @Test
    void aThirtySecondOutageCostsABoundedNumberOfRequestsAndLosesNoEvent() throws Exception {
        // the offer made during the outage must still ring when the back end is back
        fixture = new SandboxSession(Sandbox.builder().ringTimeout(Duration.ofSeconds(120)), "jane", Tuning.STREAMS);
        Agent agent = fixture.signIn();
        await(agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()));
        Await.until(WAIT, () -> "Available".equals(agent.getState().name()), "Available");
        fixture.events.take();

        fixture.sandbox.control().failNextCalls(503, 10_000, null);
        fixture.events.await(e -> StreamsEvents.CONNECTION_STATUS.equals(e.name())
                && ((ConnectionStatusChange) e.data()).newStatus() == ConnectionStatus.RECONNECTING,
                Duration.ofSeconds(45), "the worker to notice the outage");
        long outageStart = System.nanoTime();
        int metricsBefore = metrics().size();
        String contactId = fixture.sandbox.control().placeCall(CALLER); // offered while the back end answers 503
        Await.until(Duration.ofSeconds(35), () -> System.nanoTime() - outageStart > TimeUnit.SECONDS.toNanos(30),
                "30 seconds of outage");
        long requests = metrics().size() - metricsBefore;
        fixture.sandbox.control().clearFaults();

        BusEvent init = fixture.events.await(ContactEvents.INIT, Duration.ofSeconds(45));
        Contact contact = (Contact) init.data();
        assertEquals(contactId, contact.getContactId());
        assertEquals(ContactStateType.CONNECTING, contact.getState().type());
        assertTrue(requests <= 12, "requests during a 30 s outage: " + requests);
        await(contact.reject());
        fixture.events.await(ContactEvents.DESTROYED, WAIT);
        for (String name : List.of(ContactEvents.INIT, ContactEvents.CONNECTING, ContactEvents.ENDED,
                ContactEvents.DESTROYED)) {
            assertEquals(1, count(name), name + " exactly once");
        }
        assertTrue(fixture.events.events().stream().anyMatch(e -> StreamsEvents.CONNECTION_STATUS.equals(e.name())
                && ((ConnectionStatusChange) e.data()).newStatus() == ConnectionStatus.CONNECTED));
    }

    @Test
    void aMalformedSnapshotIsReportedAndTheLastGoodStateKept() throws Exception {
        fixture = new SandboxSession(Sandbox.builder(), "jane", Tuning.STREAMS);
        Agent agent = fixture.signIn();
        String before = agent.getState().name();
        fixture.sandbox.control().truncateNextResponses(1, "GetAgentSnapshot");
        BusEvent error = fixture.events.await(StreamsEvents.BACKEND_ERROR, Duration.ofSeconds(45));
        BackendError details = (BackendError) error.data();
        assertEquals("GetAgentSnapshot", details.operation());
        assertEquals("MalformedResponse", details.errorType());
        assertEquals(before, agent.getState().name(), "the last good state is kept");
        await(agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()));
        Await.until(WAIT, () -> "Available".equals(agent.getState().name()), "polling resumed");
    }

    @Test
    void theCtiWebSocketAnswersHeartbeatsAndReconnectsWhenDropped() throws Exception {
        Tuning tuning = new Tuning(Tuning.STREAMS.pollAfterSuccess(), Tuning.STREAMS.pollAfterFailure(),
                Tuning.STREAMS.pollMaxBackoff(), Tuning.STREAMS.configurationInterval(),
                Tuning.STREAMS.tokenCheckInterval(), Tuning.STREAMS.tokenRefreshMargin(),
                Tuning.STREAMS.refreshBackoffBase(), 4, Tuning.STREAMS.reauthorizeBackoffBase(), 10,
                Duration.ofMillis(300), Tuning.STREAMS.initDeadline(), Tuning.STREAMS.maxResponseBytes());
        fixture = new SandboxSession(Sandbox.builder(), "jane", tuning);
        fixture.signIn();
        fixture.events.await(WebSocketEvents.CONNECTION_OPEN, WAIT);
        try (Subscription ignored = fixture.bus.subscribe(WebSocketEvents.ALL_MESSAGE, event -> {
        })) {
            long start = System.nanoTime();
            Await.until(Duration.ofSeconds(5), () -> System.nanoTime() - start > TimeUnit.SECONDS.toNanos(3),
                    "ten heartbeat periods");
        }
        assertEquals(0, count(WebSocketEvents.CONNECTION_LOST), "every heartbeat was answered");
        fixture.bus.trigger(WebSocketEvents.SUBSCRIBE, List.of("aws/ccp"));
        fixture.events.await(WebSocketEvents.SUBSCRIPTION_UPDATE, WAIT);

        assertEquals(1, fixture.sandbox.control().dropWebSockets());
        fixture.events.await(AgentEvents.WEBSOCKET_CONNECTION_LOST, WAIT);
        fixture.events.await(AgentEvents.WEBSOCKET_CONNECTION_GAINED, WAIT);
        Await.until(WAIT, () -> fixture.events.events().stream()
                .filter(e -> e.name().equals(WebSocketEvents.SUBSCRIPTION_UPDATE)).count() >= 2,
                "the topics subscribed again on the new socket");
    }

    private List<ApiMetric> metrics() {
        return fixture.events.metrics();
    }

    private long count(String name) {
        return fixture.events.events().stream().filter(e -> e.name().equals(name)).count();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
