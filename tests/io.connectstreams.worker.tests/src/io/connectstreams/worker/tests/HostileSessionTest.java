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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Credentials;
import io.connectstreams.api.MalformedResponseException;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.Streams;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.config.Timeouts;
import io.connectstreams.api.event.BackendError;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.WebSocketEvents;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.HostileServer;
import io.connectstreams.testing.HostileServer.Reply;
import io.connectstreams.testing.HostileServer.Request;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.worker.internal.Session;
import io.connectstreams.worker.internal.SharedHttpClient;

/**
 * A whole session against a hostile server over TLS: a snapshot poll that stalls is noticed, reported and retried
 * and the link status says so; an endless CTI WebSocket message is dropped at its cap and the socket reopened;
 * credentials that cannot be sent fail {@code init} with a typed error; a hundred init/terminate cycles of the
 * Streams service leave no thread behind. Each time the session recovers once the server behaves again.
 */
class HostileSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(1), Duration.ofSeconds(2));
    private static final String WELCOME = "{\"topic\": \"aws/welcome\", \"content\": \"hello\"}";

    private final SharedHttpClient http = new SharedHttpClient();
    private HostileServer server;
    private EventBus bus;
    private BusRecorder recorder;
    private Session session;

    @BeforeEach
    void start() throws Exception {
        server = HostileServer.start(this::healthy);
        bus = Bundles.service(EventBus.class, WAIT);
        recorder = new BusRecorder(bus);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.terminate();
        }
        http.close();
        recorder.close();
        server.close();
    }

    @Test
    void aStalledSnapshotPollIsReportedAndPollingResumes() throws Exception {
        signIn();
        long start = System.nanoTime();
        server.script(misbehave("GetAgentSnapshot", Reply.headersThenStall()));
        BackendError error = (BackendError) recorder.await(e -> e.name().equals(StreamsEvents.BACKEND_ERROR)
                && ((BackendError) e.data()).errorType().equals(RequestTimeoutException.TYPE), WAIT,
                "the stalled poll's timeout").data();
        System.out.println("stalled poll reported after " + (System.nanoTime() - start) / 1_000_000
                + " ms (deadline: action " + TIMEOUTS.action().toMillis() + " ms + long poll "
                + TIMEOUTS.longPoll().toMillis() + " ms): " + error.message());
        assertEquals("GetAgentSnapshot", error.operation());
        awaitStatus(ConnectionStatus.CONNECTED, ConnectionStatus.RECONNECTING);
        Await.until(WAIT, () -> server.connectionsClosedByClient() >= 1, "the stalled connection to be closed");

        server.script(this::healthy);
        awaitStatus(ConnectionStatus.RECONNECTING, ConnectionStatus.CONNECTED);
    }

    @Test
    void anEndlessWebSocketMessageIsDroppedAndTheSocketReopened() throws Exception {
        AtomicInteger sockets = new AtomicInteger();
        server.script(request -> request.isWebSocketUpgrade() && sockets.incrementAndGet() == 1
                ? Reply.endlessWebSocketMessage()
                : healthy(request));
        signIn();
        recorder.await(e -> e.name().equals(WebSocketEvents.ALL_MESSAGE) && WELCOME.equals(e.data()), WAIT,
                "a message on the reopened socket");
        assertTrue(sockets.get() >= 2, "sockets opened: " + sockets.get());
        long pushed = server.largestPush();
        System.out.println("endless WebSocket message: the server pushed " + pushed + " bytes before the worker "
                + "closed the socket (the server would have sent " + HostileServer.ENDLESS_LIMIT + ")");
        // 256 KiB accepted, then the socket is aborted; loopback's socket buffers hold a few MiB more
        assertTrue(pushed < 32L * 1024 * 1024, "bytes pushed before the worker closed the socket: " + pushed);
        assertTrue(recorder.events().stream().noneMatch(e -> e.name().equals(WebSocketEvents.ALL_MESSAGE)
                && ((String) e.data()).length() > 256 * 1024), "no oversized message was published");
    }

    @Test
    void aCookieThatCannotBeSentFailsInit() {
        session = newSession(configuration(), Credentials.sessionCookie("session", "valid\r\nX-Injected: 1"));
        UnauthorizedException failure = HostileBackendTest.assertFailsWithin(UnauthorizedException.class,
                TIMEOUTS.authorize(), session::start);
        assertTrue(!failure.getMessage().contains("Injected"), failure.getMessage());
        Await.until(WAIT, session::isTerminated, "the session to end");
        assertEquals(ConnectionStatus.SIGNED_OUT, session.status());
    }

    @Test
    void anAccessTokenThatCannotBeSentFailsInit() {
        server.script(request -> request.path().startsWith("/auth/authorize")
                ? Reply.answer(200, "{\"accessToken\": \"token\\nX-Injected: 1\", \"expiration\": "
                        + Instant.now().plusSeconds(3600).getEpochSecond() + "}")
                : healthy(request));
        session = newSession(configuration(), Credentials.sessionCookie("session", "valid"));
        HostileBackendTest.assertFailsWithin(MalformedResponseException.class, TIMEOUTS.authorize(), session::start);
        assertEquals(ConnectionStatus.SIGNED_OUT, session.status());
    }

    @Test
    void aHundredInitTerminateCyclesLeaveTheThreadCountAtBaseline() throws Exception {
        Streams streams = Bundles.service(Streams.class, WAIT);
        StreamsConfiguration configuration = configuration();
        Credentials credentials = Credentials.sessionCookie("session", "valid");
        cycle(streams, configuration, credentials); // the service's shared parts exist from the first session on
        int selectorsAtBaseline = count("HttpClient-");
        int allAtBaseline = Thread.activeCount();
        int mostSelectors = 0;
        for (int i = 0; i < 100; i++) {
            cycle(streams, configuration, credentials);
            mostSelectors = Math.max(mostSelectors, count("HttpClient-"));
        }
        System.out.println("100 init/terminate cycles: HttpClient threads at baseline " + selectorsAtBaseline
                + ", at most " + mostSelectors + " during the cycles; all threads " + allAtBaseline + " -> "
                + Thread.activeCount());
        assertTrue(mostSelectors <= selectorsAtBaseline,
                "HttpClient threads: " + mostSelectors + " during the cycles, " + selectorsAtBaseline + " at baseline");
        // no System.gc(): nothing waits for a collection to end
        Await.until(WAIT, () -> count("cs-worker-") <= 2 && count("HttpClient-") <= selectorsAtBaseline,
                () -> "the sessions' threads to end: " + Thread.getAllStackTraces().keySet().stream()
                        .map(Thread::getName).filter(n -> n.startsWith("cs-worker-")).toList());
    }

    private static void cycle(Streams streams, StreamsConfiguration configuration, Credentials credentials)
            throws Exception {
        streams.init(configuration, credentials).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        streams.terminate();
    }

    private static int count(String prefix) {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                .count();
    }

    private void awaitStatus(ConnectionStatus from, ConnectionStatus to) {
        recorder.await(e -> e.name().equals(StreamsEvents.CONNECTION_STATUS)
                && ((ConnectionStatusChange) e.data()).oldStatus() == from
                && ((ConnectionStatusChange) e.data()).newStatus() == to, WAIT, from + " -> " + to);
    }

    /** A healthy agent: authorize, reads, a snapshot answered at once, a WebSocket that says hello. */
    private Reply healthy(Request request) {
        if (request.path().startsWith("/auth/authorize")) {
            return Reply.answer(200, "{\"accessToken\": \"token-1\", \"expiration\": "
                    + Instant.now().plusSeconds(3600).getEpochSecond() + "}");
        }
        if (request.isWebSocketUpgrade()) {
            return Reply.webSocket(List.of(WELCOME));
        }
        String operation = request.operation();
        if (operation.equals("GetAgentSnapshot")) {
            return Reply.answer(200, ScriptedAgent.snapshot("Available", "routable"));
        }
        if (operation.equals("CreateTransport")) {
            return Reply.answer(200, "{\"webSocketTransport\": {\"url\": \"" + server.webSocketUri("ws")
                    + "\", \"transportLifeTimeInSeconds\": 300}}");
        }
        String body = ScriptedAgent.ANSWERS.get(operation);
        return body != null ? Reply.answer(200, body)
                : Reply.answer(400, "{\"__type\": \"InvalidParameterException\", \"message\": \"not scripted\"}");
    }

    private Function<Request, Reply> misbehave(String operation, Reply reply) {
        return request -> request.operation().equals(operation) ? reply : healthy(request);
    }

    private void signIn() throws Exception {
        session = newSession(configuration(), Credentials.sessionCookie("session", "valid"));
        session.start().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private StreamsConfiguration configuration() {
        return StreamsConfiguration.builder(server.baseUri()).sslContext(server.clientSslContext()).timeouts(TIMEOUTS)
                .build();
    }

    private Session newSession(StreamsConfiguration configuration, Credentials credentials) {
        LoggerFactory loggers = Bundles.service(LoggerFactory.class, WAIT);
        return new Session(configuration, credentials, http, bus, loggers.getLogger(HostileSessionTest.class),
                SessionTest.FAST, Clock.systemUTC());
    }
}
