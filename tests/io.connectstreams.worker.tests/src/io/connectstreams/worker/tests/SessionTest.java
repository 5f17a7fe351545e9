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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.config.Timeouts;
import io.connectstreams.api.event.BackendError;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.worker.internal.Session;
import io.connectstreams.worker.internal.SharedHttpClient;
import io.connectstreams.worker.internal.Tuning;
import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;

/**
 * A whole session against a scripted back end whose failures the test controls exactly: sign-in, token refresh,
 * a 401 storm with re-authorization and resumed polling, a malformed snapshot, a refused session, and no thread
 * left behind.
 */
class SessionTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static final Tuning FAST = new Tuning(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofMinutes(30), Duration.ofMillis(100), 4,
            Duration.ofMillis(50), 5, Duration.ofSeconds(10), Duration.ofSeconds(10), 1024 * 1024);

    private final SharedHttpClient http = new SharedHttpClient();
    private ScriptedCtiServer server;
    private EventBus bus;
    private BusRecorder recorder;
    private Session session;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedCtiServer();
        ScriptedAgent.install(server);
        bus = Bundles.service(EventBus.class, WAIT);
        recorder = new BusRecorder(bus);
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.terminate();
        }
        http.close();
        recorder.close();
        server.close();
    }

    @Test
    void signInPollsAndInitializesTheAgent() throws Exception {
        Agent agent = signIn();
        assertEquals("Jane Doe", agent.getName());
        assertEquals("Available", agent.getState().name());
        assertEquals(List.of("Available", "Offline"), agent.getAgentStates().stream().map(s -> s.name()).toList());
        assertEquals(List.of("arn:queue/basic"), agent.getAllQueueArns());
        assertEquals(ConnectionStatus.CONNECTED, session.status());
        List<String> names = recorder.take();
        assertTrue(names.indexOf(EventType.AUTHORIZE_SUCCESS) < names.indexOf("agent::init"), names.toString());
        assertEquals(1, names.stream().filter("agent::init"::equals).count());
        String bearer = server.received().stream().filter(r -> r.target() != null).findFirst().orElseThrow().bearer();
        assertEquals("token-1", bearer);
    }

    @Test
    void aRefusedLoginSessionFailsInitAndSignsOut() throws Exception {
        server.sessionValid(false);
        session = newSession();
        var failure = CtiBackendTest.assertFailure(UnauthorizedException.class, session.start());
        assertTrue(failure.getMessage().contains("401"), failure.getMessage());
        recorder.await(EventType.AUTH_FAIL, WAIT);
        Await.until(WAIT, session::isTerminated, "the session to end");
        assertEquals(ConnectionStatus.SIGNED_OUT, session.status());
    }

    @Test
    void aTokenNearItsExpiryIsRefreshedAndUsed() throws Exception {
        server.tokenLifetime(Duration.ofMinutes(10)); // less than the 30-minute margin: refresh at the next check
        signIn();
        Await.until(WAIT, () -> server.authorizations() >= 2, "a proactive refresh");
        // every check refreshes a token shorter than the margin, so later polls carry token-2, token-3, ...
        Await.until(WAIT, () -> server.received().stream()
                .anyMatch(r -> r.bearer() != null && !"token-1".equals(r.bearer())), "a poll with a refreshed token");
    }

    @Test
    void durationsAreCorrectedByTheBackEndsClockSkew() throws Exception {
        // the back end's clock runs 60 s ahead: its timestamps are in our future
        Instant stamped = Instant.now(); // the scripted snapshot's timestamps are taken now
        server.byDefault("GetAgentSnapshot", new Answer(200, ScriptedAgent.snapshot("Available", "routable", 60),
                ScriptedAgent.POLL_WAIT));
        Agent agent = signIn();
        Duration skew = agent.toSnapshot().skew();
        Duration stateDuration = agent.getStateDuration();
        // bounds from what was measured, not from how fast this machine is: the snapshot arrived at most `since`
        // after it was stamped
        Duration since = Duration.between(stamped, Instant.now());
        Duration slack = Duration.ofSeconds(1);
        Duration ahead = Duration.ofSeconds(60);
        assertTrue(skew.compareTo(ahead.plus(slack)) < 0 && skew.compareTo(ahead.minus(since).minus(slack)) > 0,
                "skew " + skew + ", snapshot read within " + since);
        assertTrue(stateDuration.compareTo(since.plus(slack)) < 0,
                "a state the back end started just now lasts about 0 s, not -60 s or +60 s: " + stateDuration);
    }

    @Test
    void a401StormIsFollowedByReauthorizationAndPollingResumes() throws Exception {
        signIn();
        int before = server.authorizations();
        for (int i = 0; i < 5; i++) {
            server.script("GetAgentSnapshot", Answer.error(401, "UnauthorizedException", "token expired"));
        }
        recorder.await(e -> e.name().equals(StreamsEvents.CONNECTION_STATUS)
                && ((ConnectionStatusChange) e.data()).newStatus() == ConnectionStatus.RECONNECTING, WAIT,
                "reconnecting");
        Await.until(WAIT, () -> server.authorizations() > before, "re-authorization");
        recorder.await(e -> e.name().equals(StreamsEvents.CONNECTION_STATUS)
                && ((ConnectionStatusChange) e.data()).newStatus() == ConnectionStatus.CONNECTED
                && ((ConnectionStatusChange) e.data()).oldStatus() == ConnectionStatus.RECONNECTING, WAIT,
                "connected again");
        int polls = pollCount();
        Await.until(WAIT, () -> pollCount() > polls + 3, "polling to go on");
        assertEquals(ConnectionStatus.CONNECTED, session.status());
    }

    @Test
    void aMalformedSnapshotIsReportedAndTheLastGoodStateKept() throws Exception {
        Agent agent = signIn();
        server.script("GetAgentSnapshot", Answer.ok("{\"nextToken\": \"x\", \"snapshot\": {\"state\": {\"type\""));
        BusEvent error = recorder.await(StreamsEvents.BACKEND_ERROR, WAIT);
        BackendError details = (BackendError) error.data();
        assertEquals("GetAgentSnapshot", details.operation());
        assertEquals("MalformedResponse", details.errorType());
        assertEquals("Available", agent.getState().name());
        server.byDefault("GetAgentSnapshot", new Answer(200, ScriptedAgent.snapshot("Lunch", "not_routable"),
                ScriptedAgent.POLL_WAIT));
        Await.until(WAIT, () -> "Lunch".equals(agent.getState().name()), "the next good snapshot");
    }

    @Test
    void aDeadBackEndGetsABoundedNumberOfPolls() throws Exception {
        signIn();
        int before = pollCount();
        server.byDefault("GetAgentSnapshot", Answer.error(503, "ServiceUnavailableException", "down"));
        recorder.await(e -> e.name().equals(StreamsEvents.CONNECTION_STATUS)
                && ((ConnectionStatusChange) e.data()).newStatus() == ConnectionStatus.RECONNECTING, WAIT,
                "reconnecting");
        long start = System.nanoTime();
        Await.until(Duration.ofSeconds(6), () -> System.nanoTime() - start > TimeUnit.SECONDS.toNanos(5),
                "five seconds of outage");
        int failed = pollCount() - before;
        // back-off 200 ms doubling to a 1 s cap: at most about 8 polls in 5 s, never a tight loop
        assertTrue(failed <= 10, "polls during a 5 s outage: " + failed);
    }

    @Test
    void actionsTimeOutAndTerminatingFailsThosePending() throws Exception {
        Agent agent = signIn();
        server.script("PutAgentState", new Answer(200, "{}", Duration.ofSeconds(30)));
        var slow = agent.setState(agent.getAgentStates().get(1));
        CtiBackendTest.assertFailure(RequestTimeoutException.class, slow);
        server.script("PutAgentState", new Answer(200, "{}", Duration.ofSeconds(30)));
        var pending = agent.setState(agent.getAgentStates().get(1));
        session.terminate();
        CtiBackendTest.assertFailure(TerminatedException.class, pending);
        CtiBackendTest.assertFailure(TerminatedException.class, agent.setState(agent.getAgentStates().get(0)));
    }

    @Test
    void terminateLeavesNoThreadBehind() throws Exception {
        Set<String> before = threadNames();
        Agent agent = signIn();
        assertTrue(threadNames().stream().anyMatch(n -> n.startsWith("cs-worker-")));
        session.terminate();
        session = null;
        http.close(); // what the Streams service does when it goes: its sessions share the client
        recorder.close(); // its recorded payloads are handles; the handle kept below is what an application does
        assertEquals("Jane Doe", agent.getName(), "a handle kept after terminate still answers");
        Await.until(WAIT, () -> {
            System.gc(); // the JDK 17 HttpClient's selector thread ends once the client is unreachable
            return before.containsAll(threadNames());
        }, () -> "the session's threads to end; still running: " + threadNames() + " (before: " + before + ")");
    }

    private Agent signIn() throws Exception {
        session = newSession();
        return session.start().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private Session newSession() {
        StreamsConfiguration configuration = StreamsConfiguration.builder(server.instanceUrl())
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5),
                        Duration.ofSeconds(3)))
                .build();
        LoggerFactory loggers = Bundles.service(LoggerFactory.class, WAIT);
        return new Session(configuration, Credentials.sessionCookie("session", "valid"), http, bus,
                loggers.getLogger(SessionTest.class), FAST, Clock.systemUTC());
    }

    private int pollCount() {
        return (int) server.received().stream()
                .filter(r -> "AmazonConnectCTIService.GetAgentSnapshot".equals(r.target())).count();
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("cs-worker-") || n.startsWith("HttpClient-")).collect(Collectors.toSet());
    }
}
