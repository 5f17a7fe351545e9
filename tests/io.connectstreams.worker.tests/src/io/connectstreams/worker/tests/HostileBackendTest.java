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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Credentials;
import io.connectstreams.api.MalformedResponseException;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.HostileServer;
import io.connectstreams.testing.HostileServer.Reply;
import io.connectstreams.worker.internal.cti.AuthToken;
import io.connectstreams.worker.internal.cti.Authorizer;
import io.connectstreams.worker.internal.cti.CtiHttpBackend;
import io.connectstreams.worker.internal.cti.CtiOperation;
import io.connectstreams.worker.internal.cti.CtiTransport;

/**
 * The CTI client against a hostile server over TLS: a call fails with its typed error by its one total deadline
 * (headers, body and reading), whatever the server does, and leaves no connection behind; hostile content is a
 * {@link MalformedResponseException}, never a call left pending; a secret that cannot be put in a header is a typed
 * failure, never a synchronous throw.
 */
class HostileBackendTest {

    /** The action deadline of these tests. */
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** What a loaded machine may add to a deadline; a call still pending after it has no deadline at all. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int LIMIT = 1024 * 1024;

    private final List<ApiMetric> metrics = new CopyOnWriteArrayList<>();
    private HostileServer server;
    private HttpClient client;
    private CtiTransport transport;
    private CtiHttpBackend backend;

    @BeforeEach
    void start() throws Exception {
        server = HostileServer.start(request -> Reply.answer(200, "{}"));
        client = HttpClient.newBuilder().sslContext(server.clientSslContext()).connectTimeout(DEADLINE)
                .version(HttpClient.Version.HTTP_1_1).build();
        transport = transport(() -> new AuthToken("bearer-token", Instant.now().plusSeconds(600)));
        backend = new CtiHttpBackend(transport);
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void aServerThatSendsNoHeadersFailsTheCallAtItsDeadline() {
        server.script(request -> Reply.noHeaders());
        assertFailsWithin(RequestTimeoutException.class, DEADLINE, () -> backend.clearContact("c-1"));
        assertTheConnectionWasClosed();
    }

    @Test
    void headersThenSilenceFailTheCallAtItsDeadline() {
        server.script(request -> Reply.headersThenStall());
        assertFailsWithin(RequestTimeoutException.class, DEADLINE, () -> backend.clearContact("c-1"));
        assertTheConnectionWasClosed();
        assertEquals(0, metrics.get(0).httpStatusCode(), "a timed-out call is measured as one without a status");
    }

    @Test
    void aLongPollWhoseBodyStallsFailsAtTheLongPollDeadline() {
        server.script(request -> Reply.headersThenStall());
        Duration longPoll = Duration.ofSeconds(1);
        assertFailsWithin(RequestTimeoutException.class, DEADLINE.plus(longPoll),
                () -> backend.getAgentSnapshot(null, longPoll));
        assertTheConnectionWasClosed();
    }

    @Test
    void aTrickledBodyFailsTheCallAtItsDeadline() {
        // 200 bytes, one every 100 ms: 20 s for an answer whose deadline is 2 s
        server.script(request -> Reply.trickle("{\"padding\": \"" + "x".repeat(184) + "\"}", Duration.ofMillis(100)));
        assertFailsWithin(RequestTimeoutException.class, DEADLINE, () -> backend.clearContact("c-1"));
        assertTheConnectionWasClosed();
    }

    @Test
    void anEndlessBodyIsCutAtTheSizeLimit() {
        server.script(request -> Reply.endlessBody());
        MalformedResponseException failure = assertFailsWithin(MalformedResponseException.class, DEADLINE,
                () -> backend.clearContact("c-1"));
        assertTrue(failure.getMessage().contains("larger than " + LIMIT), failure.getMessage());
        assertTheConnectionWasClosed();
        // the socket buffers of loopback hold a few MiB more than the client read; the server meant to send 1 GiB
        long pushed = server.largestPush();
        System.out.println("endless body: the server pushed " + pushed + " bytes before the client closed");
        assertTrue(pushed < 64L * 1024 * 1024, "bytes pushed before the client stopped reading: " + pushed);
    }

    @Test
    void outOfRangeAndNonNumericTimestampsAreMalformed() {
        for (String timestamp : List.of("1e20", "-1e20", "1e400", "\"x\"", "\"1e20\"", "true", "[]")) {
            server.script(request -> Reply.answer(200, ScriptedAgent.snapshot("Available", "routable")
                    .replaceFirst("\"snapshotTimestamp\": [0-9.E]+", "\"snapshotTimestamp\": " + timestamp)));
            MalformedResponseException failure = assertFailsWithin(MalformedResponseException.class, DEADLINE,
                    () -> backend.getAgentSnapshot(null, Duration.ZERO));
            assertTrue(failure.getMessage().contains("snapshot.snapshotTimestamp is not a timestamp"),
                    timestamp + ": " + failure.getMessage());
        }
    }

    @Test
    void anInvalidWebSocketUrlIsMalformed() {
        for (String url : List.of("wss://[bad", "wss://host:port/", " ", "\\\\")) {
            server.script(request -> Reply.answer(200, "{\"webSocketTransport\": {\"url\": \"" + url
                    + "\", \"transportLifeTimeInSeconds\": 300}}"));
            MalformedResponseException failure = assertFailsWithin(MalformedResponseException.class, DEADLINE,
                    () -> backend.createWebSocketTransport());
            assertTrue(failure.getMessage().contains("webSocketTransport.url is not a URL"),
                    url + ": " + failure.getMessage());
        }
    }

    @Test
    void wrongJsonTypesAreMalformed() {
        String snapshot = ScriptedAgent.snapshot("Available", "routable");
        for (String body : List.of(snapshot.replace("\"contacts\": []", "\"contacts\": {\"a\": 1}"),
                snapshot.replace("\"contacts\": []", "\"contacts\": [7]"),
                snapshot.replaceFirst("\"nextToken\": \"[^\"]+\"", "\"nextToken\": {}"),
                snapshot.replaceFirst("\"state\": \\{", "\"state\": \"Available\", \"x\": {"),
                "{\"webSocketTransport\": {\"url\": \"wss://127.0.0.1/\", \"transportLifeTimeInSeconds\": \"x\"}}",
                "{\"webSocketTransport\": {\"url\": \"wss://127.0.0.1/\", \"transportLifeTimeInSeconds\": 1e30}}",
                "{\"webSocketTransport\": {\"url\": [], \"transportLifeTimeInSeconds\": 300}}", "\"text\"", "null")) {
            server.script(request -> Reply.answer(200, body));
            CompletionStage<?> call = body.contains("webSocketTransport") ? backend.createWebSocketTransport()
                    : backend.getAgentSnapshot(null, Duration.ZERO);
            assertFailsWithin(MalformedResponseException.class, DEADLINE, () -> call);
        }
        metrics.forEach(m -> assertEquals(1, m.error()));
    }

    @Test
    void aTokenThatCannotBeSentFailsTheCallWithoutThrowing() {
        CtiTransport badToken = transport(() -> new AuthToken("bearer\r\nX-Injected: 1", Instant.now().plusSeconds(60)));
        UnauthorizedException failure = assertFailsWithin(UnauthorizedException.class, DEADLINE,
                () -> new CtiHttpBackend(badToken).getAgentSnapshot(null, Duration.ZERO));
        assertFalse(failure.getMessage().contains("Injected"), "the token is not in the message");
        assertEquals(0, server.acceptedConnections(), "nothing was sent");
        badToken.close();
    }

    @Test
    void aCookieThatCannotBeSentFailsAuthorizationWithoutThrowing() {
        Authorizer authorizer = authorizer(Credentials.sessionCookie("session", "value\nSet-Cookie: x"));
        UnauthorizedException failure = assertFailsWithin(UnauthorizedException.class, DEADLINE,
                authorizer::authorize);
        assertFalse(failure.getMessage().contains("Set-Cookie"), "the cookie is not in the message");
    }

    @Test
    void anAccessTokenThatCannotBeSentIsAMalformedAuthorizeAnswer() {
        server.script(request -> Reply.answer(200, "{\"accessToken\": \"token\\r\\nX-Injected: 1\", \"expiration\": "
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}"));
        Authorizer authorizer = authorizer(Credentials.sessionCookie("session", "valid"));
        MalformedResponseException failure = assertFailsWithin(MalformedResponseException.class, DEADLINE,
                authorizer::authorize);
        assertTrue(failure.getMessage().contains("accessToken"), failure.getMessage());
        assertEquals(null, authorizer.current(), "the unusable token is not kept");
    }

    @Test
    void anAuthorizeAnswerThatStallsFailsAtTheAuthorizeDeadline() {
        server.script(request -> Reply.headersThenStall());
        Authorizer authorizer = authorizer(Credentials.sessionCookie("session", "valid"));
        assertFailsWithin(RequestTimeoutException.class, DEADLINE, authorizer::authorize);
        assertTheConnectionWasClosed();
    }

    @Test
    void theClientRecoversWhenTheServerBehavesAgain() throws Exception {
        server.script(request -> Reply.headersThenStall());
        assertFailsWithin(RequestTimeoutException.class, DEADLINE, () -> backend.clearContact("c-1"));
        server.script(request -> Reply.answer(200, "{}"));
        CtiBackendTest.call(backend.clearContact("c-1"));
        assertEquals(0, metrics.get(metrics.size() - 1).error());
    }

    private void assertTheConnectionWasClosed() {
        Await.until(WAIT, () -> server.connectionsClosedByClient() >= 1 && server.openConnections() == 0,
                () -> "the client to close the connection (closed by client " + server.connectionsClosedByClient()
                        + ", open " + server.openConnections() + ")");
    }

    private CtiTransport transport(Supplier<AuthToken> token) {
        return new CtiTransport(client, server.baseUri().resolve("api"), token, DEADLINE, LIMIT, metrics::add,
                new CtiTransport.AuthListener() {
                    @Override
                    public void unauthorized(CtiOperation operation, boolean budgetExhausted) {
                        // not under test here
                    }

                    @Override
                    public void accessDenied(CtiOperation operation, boolean budgetExhausted) {
                        // not under test here
                    }
                });
    }

    private Authorizer authorizer(Credentials credentials) {
        return new Authorizer(client, server.baseUri().resolve("auth/authorize"), credentials, DEADLINE,
                Clock.systemUTC());
    }

    /**
     * Starts the call (a synchronous throw fails the test), then waits for its failure at most the deadline plus
     * {@link #MARGIN}; prints the time it took, for the record.
     */
    static <E extends StreamsException> E assertFailsWithin(Class<E> type, Duration deadline,
            Supplier<CompletionStage<?>> call) {
        long start = System.nanoTime();
        CompletionStage<?> stage = call.get();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> {
            try {
                stage.toCompletableFuture().get(deadline.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("still pending " + deadline.plus(MARGIN).toMillis() + " ms after the call",
                        e);
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(type.getSimpleName() + " after " + millis + " ms (deadline " + deadline.toMillis()
                + " ms): " + failure.getCause().getMessage());
        return assertInstanceOf(type, failure.getCause());
    }
}
