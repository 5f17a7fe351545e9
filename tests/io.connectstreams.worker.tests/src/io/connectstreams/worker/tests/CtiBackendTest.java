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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonObject;

import io.connectstreams.api.AccessDeniedException;
import io.connectstreams.api.InvalidStateException;
import io.connectstreams.api.MalformedResponseException;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.ServiceUnavailableException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.testing.Await;
import io.connectstreams.worker.internal.cti.AuthToken;
import io.connectstreams.worker.internal.cti.CtiHttpBackend;
import io.connectstreams.worker.internal.cti.CtiOperation;
import io.connectstreams.worker.internal.cti.CtiTransport;
import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;
import io.connectstreams.worker.tests.ScriptedCtiServer.Received;

/**
 * The CTI client over real HTTP against a scripted back end: the wire format, the mapping of every shape, typed
 * errors, {@code api_metric} for every call, and bad answers (malformed, truncated, huge, wrongly typed, slow).
 */
class CtiBackendTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int LIMIT = 1024 * 1024;

    private final List<ApiMetric> metrics = new CopyOnWriteArrayList<>();
    private final List<String> authFailures = new CopyOnWriteArrayList<>();
    private ScriptedCtiServer server;
    private CtiTransport transport;
    private CtiHttpBackend backend;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedCtiServer();
        transport = transport(server.instanceUrl().resolve("api"));
        backend = new CtiHttpBackend(transport);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void aSnapshotOfTheServiceShapeIsMapped() throws Exception {
        server.script("GetAgentSnapshot", Answer.ok(fixture("inbound-softphone.json")));
        SnapshotResult result = call(backend.getAgentSnapshot(null, Duration.ofSeconds(1)));

        assertEquals("token-2", result.nextToken());
        assertEquals(AgentStateType.SYSTEM, result.state().type());
        assertEquals("PendingBusy", result.state().name());
        assertEquals(Instant.ofEpochSecond(1646369082, 783_000_000), result.snapshotTimestamp());
        assertEquals("Available", result.availability().state());
        ContactSnapshot contact = result.contacts().get(0);
        assertEquals(ContactType.VOICE, contact.type());
        assertEquals(ContactStateType.CONNECTING, contact.state().type());
        assertEquals("C-1001", contact.attributes().get("customerId").value());
        assertTrue(contact.isSoftphoneCall());
        assertTrue(contact.isInbound());
        var agent = contact.agentConnection().orElseThrow();
        assertEquals(ConnectionStateType.CONNECTING, agent.state().type());
        assertEquals("call-context-secret", agent.softphoneMediaInfo().callContextToken());
        assertTrue(agent.softphoneMediaInfo().unescapedCallConfigJson().contains("\"wss://127.0.0.1:8443/LilyRTC\""));
        var customer = contact.initialConnection().orElseThrow();
        assertEquals(ConnectionType.INBOUND, customer.type());
        assertEquals(EndpointType.PHONE_NUMBER, customer.endpoint().type());
        assertEquals("+14255550100", customer.endpoint().phoneNumber());
    }

    @Test
    void requestsCarryTheTargetTheBearerAndTheAuthenticationMember() throws Exception {
        server.script("GetAgentSnapshot", Answer.ok(fixture("inbound-softphone.json")));
        server.byDefault("RejectContact", Answer.ok("{}"));
        call(backend.getAgentSnapshot("token-1", Duration.ofMillis(1500)));
        call(backend.rejectContact("c-1"));

        Received poll = server.received().get(0);
        assertEquals("AmazonConnectCTIService.GetAgentSnapshot", poll.target());
        assertEquals("bearer-token", poll.bearer());
        assertEquals("bearer-token", poll.body().getAsJsonObject("authentication").get("authToken").getAsString());
        assertEquals("token-1", poll.body().get("nextToken").getAsString());
        assertEquals(1500, poll.body().get("timeout").getAsLong());
        Received reject = server.received().get(1);
        assertEquals("AmazonConnectCTIService.RejectContact", reject.target());
        assertNull(reject.body().get("authentication"), "RejectContact carries no authentication member");
        assertEquals("c-1", reject.body().get("contactId").getAsString());
    }

    @Test
    void unknownEnumerationValuesBecomeUnknownInsteadOfFailing() throws Exception {
        String snapshot = fixture("inbound-softphone.json").replace("\"type\": \"voice\"", "\"type\": \"hologram\"")
                .replace("\"type\": \"system\"", "\"type\": \"quantum\"");
        server.script("GetAgentSnapshot", Answer.ok(snapshot));
        SnapshotResult result = call(backend.getAgentSnapshot(null, Duration.ofSeconds(1)));
        assertEquals(ContactType.UNKNOWN, result.contacts().get(0).type());
        assertEquals(AgentStateType.UNKNOWN, result.state().type());
    }

    @Test
    void badAnswersFailWithTheirCauseAndAMetric() {
        String valid = fixture("inbound-softphone.json");
        server.script("GetAgentSnapshot", Answer.ok(valid.substring(0, valid.length() / 2)),
                Answer.ok(valid.replace("\"contactId\": \"f21dcc79", "\"contactIdx\": \"f21dcc79")),
                Answer.ok(valid.replace("\"snapshotTimestamp\": 1646369082.783", "\"snapshotTimestamp\": {}")),
                Answer.ok("[1, 2, 3]"), Answer.ok("x".repeat(2 * LIMIT)));

        assertMalformed("not valid JSON");
        assertMalformed("snapshot.contacts[0].contactId is missing");
        assertMalformed("snapshot.snapshotTimestamp is not a timestamp");
        assertMalformed("not a JSON object");
        assertMalformed("larger than " + LIMIT + " bytes");
        assertEquals(5, metrics.size());
        metrics.forEach(m -> assertEquals(1, m.error()));
    }

    @Test
    void serviceErrorsAreTypedAndMeasured() {
        server.script("AcceptContact", Answer.error(400, "InvalidStateException", "not offered"),
                Answer.error(500, "InternalServiceException", "boom"),
                Answer.error(429, "ThrottlingException", "slow down"), new Answer(502, "<html>bad gateway</html>",
                        Duration.ZERO));

        assertFailure(InvalidStateException.class, backend.acceptContact("c-1"));
        assertFailure(ServiceUnavailableException.class, backend.acceptContact("c-1"));
        assertFailure(ServiceUnavailableException.class, backend.acceptContact("c-1"));
        assertFailure(ServiceUnavailableException.class, backend.acceptContact("c-1"));

        assertMetric(metrics.get(0), "acceptContact", 400, "4XX", null, 0);
        assertMetric(metrics.get(1), "acceptContact", 500, "5XX", 1, 1);
        assertMetric(metrics.get(2), "acceptContact", 429, "4XX", null, 0);
        assertMetric(metrics.get(3), "acceptContact", 502, "5XX", 1, 1);
    }

    @Test
    void successIsMeasured() throws Exception {
        server.byDefault("ClearContact", Answer.ok("{}"));
        call(backend.clearContact("c-1"));
        ApiMetric metric = metrics.get(0);
        assertEquals("clearContact", metric.name());
        assertEquals(0, metric.error());
        assertEquals(0, metric.error5xx());
        assertEquals(0, metric.fault());
        assertEquals(200, metric.httpStatusCode());
        assertEquals("2XX", metric.httpGenericStatusCode());
        assertEquals("none", metric.retryStatus());
    }

    @Test
    void unauthorizedAndDeniedCallsCountAgainstStreamsBudgets() {
        for (int i = 0; i < 21; i++) {
            server.script("GetAgentSnapshot", Answer.error(401, "UnauthorizedException", "expired"));
        }
        server.script("GetAgentSnapshot", Answer.error(403, "AccessDeniedException", "no"));
        for (int i = 0; i < 21; i++) {
            assertFailure(UnauthorizedException.class, backend.getAgentSnapshot(null, Duration.ofMillis(10)));
        }
        assertFailure(AccessDeniedException.class, backend.getAgentSnapshot(null, Duration.ofMillis(10)));

        assertEquals("retrying", metrics.get(0).retryStatus());
        assertEquals("retrying", metrics.get(19).retryStatus());
        assertEquals("exhausted", metrics.get(20).retryStatus());
        assertEquals(22, authFailures.size());
        assertEquals("401 GetAgentSnapshot false", authFailures.get(19));
        assertEquals("401 GetAgentSnapshot true", authFailures.get(20));
        assertEquals("403 GetAgentSnapshot false", authFailures.get(21));
    }

    @Test
    void aSlowBackEndTimesOut() {
        server.script("HoldConnection", new Answer(200, "{}", TIMEOUT.plusSeconds(2)));
        assertFailure(RequestTimeoutException.class, backend.holdConnection("c-1", "k-1"));
        assertEquals(0, metrics.get(0).httpStatusCode());
        assertEquals("0XX", metrics.get(0).httpGenericStatusCode());
    }

    @Test
    void aDeadBackEndIsAServiceUnavailableFailure() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CtiTransport dead = transport(URI.create("http://127.0.0.1:" + port + "/api"));
        ServiceUnavailableException failure = assertFailure(ServiceUnavailableException.class,
                new CtiHttpBackend(dead).clearContact("c-1"));
        assertEquals(ServiceUnavailableException.NETWORK, failure.errorType());
    }

    @Test
    void closingAbortsAPendingLongPoll() {
        server.script("GetAgentSnapshot", new Answer(200, "{}", Duration.ofSeconds(20)));
        var poll = backend.getAgentSnapshot(null, Duration.ofSeconds(20)).toCompletableFuture();
        Await.until(Duration.ofSeconds(5), () -> !server.received().isEmpty(), "the poll to reach the server");
        transport.close();
        assertFailure(TerminatedException.class, poll);
        assertFailure(TerminatedException.class, backend.clearContact("c-1"));
    }

    @Test
    void metricsAndReportsUseStreamsWireNames() throws Exception {
        server.byDefault("SendSoftphoneCallMetrics", Answer.ok("{}"));
        server.byDefault("SendSoftphoneCallReport", Answer.ok("{}"));
        RtpStreamStats stats = new RtpStreamStats(RtpStreamStats.AUDIO_INPUT, Instant.ofEpochSecond(10), 1, 50, 900,
                40, 12, 3);
        call(backend.sendSoftphoneCallMetrics("c-1", List.of(stats)));
        call(backend.sendSoftphoneCallReport("c-1", new SoftphoneCallReport(Instant.ofEpochSecond(1),
                Instant.ofEpochSecond(9), 5, 6, 7, 8, 9, 10, 11, 12, false, false, false, false, false, false, false,
                false, false, false, false, List.of(stats))));

        JsonObject sentStats = server.received().get(0).body().getAsJsonArray("softphoneStreamStatistics").get(0)
                .getAsJsonObject();
        assertEquals(50, sentStats.get("packetCount").getAsLong());
        assertFalse(sentStats.has("packetsCount"));
        assertEquals("V2", server.received().get(0).body().get("ccpVersion").getAsString());
        JsonObject report = server.received().get(1).body().getAsJsonObject("report");
        assertEquals(9, report.get("handshakeTimeMillis").getAsLong());
        assertEquals(10, report.get("preTalkTimeMillis").getAsLong());
        assertEquals(11, report.get("talkTimeMillis").getAsLong());
        assertTrue(report.has("handshakeFailure"));
        assertTrue(report.has("invalidRemoteSDPFailure"));
        assertFalse(report.has("handshakingTimeMillis"));
    }

    private CtiTransport transport(URI endpoint) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        return new CtiTransport(client, endpoint, () -> new AuthToken("bearer-token", Instant.now().plusSeconds(600)),
                TIMEOUT, LIMIT, metrics::add, new CtiTransport.AuthListener() {
                    @Override
                    public void unauthorized(CtiOperation operation, boolean budgetExhausted) {
                        authFailures.add("401 " + operation.wireName() + " " + budgetExhausted);
                    }

                    @Override
                    public void accessDenied(CtiOperation operation, boolean budgetExhausted) {
                        authFailures.add("403 " + operation.wireName() + " " + budgetExhausted);
                    }
                });
    }

    private void assertMalformed(String detail) {
        MalformedResponseException failure = assertFailure(MalformedResponseException.class,
                backend.getAgentSnapshot(null, Duration.ofMillis(10)));
        assertTrue(failure.getMessage().contains(detail), failure.getMessage());
    }

    private static void assertMetric(ApiMetric metric, String name, int status, String generic, Integer fault,
            int error5xx) {
        assertEquals(name, metric.name());
        assertEquals(1, metric.error());
        assertEquals(status, metric.httpStatusCode());
        assertEquals(generic, metric.httpGenericStatusCode());
        assertEquals(fault, metric.fault());
        assertEquals(error5xx, metric.error5xx());
    }

    static <T> T call(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static <E extends Throwable> E assertFailure(Class<E> type, java.util.concurrent.CompletionStage<?> stage) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> {
            try {
                stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("no answer within 10 s", e);
            }
        });
        return assertInstanceOf(type, failure.getCause());
    }

    static String fixture(String name) {
        // findEntries, not getEntry: this test bundle is a fragment, and only findEntries searches the fragments
        try (InputStream in = FrameworkUtil.getBundle(CtiBackendTest.class)
                .findEntries("resources/snapshots", name, false).nextElement().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("fixture " + name, e);
        }
    }
}
