/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TurnServer;
import io.connectstreams.testing.Await;

/**
 * The CTI API over real HTTPS, operation by operation: each one's happy path, and the service's errors. The last
 * check verifies that every operation of the model (plus {@code TransferContact} and {@code AddNewConnection}) had
 * its happy path exercised here.
 */
class CtiContractTest {

    /** The 33 operations of the bundled model and the two Streams adds. */
    private static final Set<String> OPERATIONS = Set.of("AcceptContact", "ClearContact", "CompleteContact",
            "ConferenceConnections", "CreateAdditionalConnection", "CreateOutboundContact", "CreateTaskContact",
            "CreateTransport", "DestroyConnection", "GetAgentConfiguration", "GetAgentPermissions",
            "GetAgentSnapshot", "GetAgentStates", "GetDialableCountryCodes", "GetEndpoints", "GetNewAuthToken",
            "GetRoutingProfileQueues", "HoldConnection", "MuteParticipant", "NotifyContactIssue", "PauseContact",
            "PutAgentState", "RejectContact", "ResumeConnection", "ResumeContact", "SendClientLogs", "SendDigits",
            "SendSoftphoneCallMetrics", "SendSoftphoneCallReport", "ToggleActiveConnections", "UnmuteParticipant",
            "UpdateAgentConfiguration", "UpdateMonitorParticipantState", "TransferContact", "AddNewConnection");
    private static final Set<String> COVERED = new TreeSet<>();

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().calleesAnswerManually()
                .turnServer(new TurnServer(List.of("turn:127.0.0.1:3478?transport=udp"), "turn-user", "turn-secret"))
                .start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @AfterAll
    static void everyOperationHadItsHappyPath() {
        assertEquals(35, OPERATIONS.size());
        Set<String> missing = new TreeSet<>(OPERATIONS);
        missing.removeAll(COVERED);
        assertTrue(missing.isEmpty(), "operations without a happy-path test: " + missing);
    }

    private CtiClient.Reply ok(String operation, String... members) throws Exception {
        CtiClient.Reply reply = jane.call(operation, members).ok();
        assertEquals("application/x-amz-json-1.0", reply.response().headers().firstValue("Content-Type").orElse(""));
        assertTrue(reply.response().headers().firstValue("x-amzn-RequestId").isPresent());
        COVERED.add(operation);
        return reply;
    }

    private JsonObject snapshot() throws Exception {
        return jane.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot");
    }

    private String available() throws Exception {
        ok("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}");
        return snapshot().getAsJsonObject("state").get("name").getAsString();
    }

    /** Places a call to jane and returns {contactId, agentConnectionId, customerConnectionId}. */
    private String[] offered() throws Exception {
        String contactId = sandbox.control().placeCall("+14255550100", null, "jane");
        JsonObject contact = snapshot().getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals(contactId, contact.get("contactId").getAsString());
        String agent = null;
        String customer = null;
        for (JsonElement element : contact.getAsJsonArray("connections")) {
            JsonObject connection = element.getAsJsonObject();
            if ("agent".equals(connection.get("type").getAsString())) {
                agent = connection.get("connectionId").getAsString();
            } else {
                customer = connection.get("connectionId").getAsString();
            }
        }
        return new String[] {contactId, agent, customer};
    }

    private JsonObject connection(String contactId, String connectionId) throws Exception {
        for (JsonElement contact : snapshot().getAsJsonArray("contacts")) {
            if (contact.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                for (JsonElement connection : contact.getAsJsonObject().getAsJsonArray("connections")) {
                    if (connection.getAsJsonObject().get("connectionId").getAsString().equals(connectionId)) {
                        return connection.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no connection " + connectionId);
    }

    private List<RecordedAction> records(String action) {
        return sandbox.control().records().stream().filter(record -> record.action().equals(action)).toList();
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void configurationOperations() throws Exception {
        JsonObject configuration = ok("GetAgentConfiguration").json().getAsJsonObject("configuration");
        assertEquals("Jane Doe", configuration.get("name").getAsString());
        assertEquals("jane", configuration.get("username").getAsString());
        assertTrue(configuration.get("softphoneEnabled").getAsBoolean());
        assertFalse(configuration.get("softphoneAutoAccept").getAsBoolean());
        assertEquals("", configuration.get("extension").getAsString());
        assertTrue(configuration.get("agentARN").getAsString().matches(
                "arn:aws:connect:us-east-1:111122223333:instance/[0-9a-f-]{36}/agent/[0-9a-f-]{36}"));
        JsonObject routingProfile = configuration.getAsJsonObject("routingProfile");
        assertEquals(1, routingProfile.getAsJsonObject("channelConcurrencyMap").get("VOICE").getAsInt());
        assertEquals("BasicQueue", routingProfile.getAsJsonObject("defaultOutboundQueue").get("name").getAsString());
        assertEquals("en_US", configuration.getAsJsonObject("agentPreferences").get("LANGUAGE").getAsString());

        configuration.add("agentPreferences", Json.object("LANGUAGE", "de_DE"));
        JsonObject update = new JsonObject();
        update.add("configuration", configuration);
        jane.call("UpdateAgentConfiguration", update).ok();
        COVERED.add("UpdateAgentConfiguration");
        assertEquals("de_DE", ok("GetAgentConfiguration").json().getAsJsonObject("configuration")
                .getAsJsonObject("agentPreferences").get("LANGUAGE").getAsString());
        assertEquals(1, records("UpdateAgentConfiguration").size());
        assertFalse(records("UpdateAgentConfiguration").get(0).detailJson().contains("authToken"));

        List<String> states = pages("GetAgentStates", "states", 2, element -> element.getAsJsonObject().get("name")
                .getAsString() + "/" + element.getAsJsonObject().get("type").getAsString());
        assertEquals(List.of("Available/routable", "Lunch/not_routable", "Training/not_routable",
                "Break/not_routable", "Offline/offline"), states);
        assertEquals(List.of("outboundCall"), pages("GetAgentPermissions", "permissions", 500, JsonElement::getAsString));
        List<String> countries = pages("GetDialableCountryCodes", "countryCodes", 3, JsonElement::getAsString);
        assertEquals(10, countries.size());
        assertTrue(countries.contains("us"));

        String profile = routingProfile.get("routingProfileARN").getAsString();
        JsonArray queues = ok("GetRoutingProfileQueues", "routingProfileARN", profile).json().getAsJsonArray("queues");
        assertEquals(3, queues.size());
        assertEquals("BasicQueue", queues.get(0).getAsJsonObject().get("name").getAsString());

        JsonArray queueArns = new JsonArray();
        queues.forEach(queue -> queueArns.add(queue.getAsJsonObject().get("queueARN")));
        JsonObject request = new JsonObject();
        request.add("queueARNs", queueArns);
        request.addProperty("maxResults", 4);
        List<String> endpoints = new ArrayList<>();
        String next = null;
        do {
            if (next != null) {
                request.addProperty("nextToken", next);
            }
            JsonObject page = jane.call("GetEndpoints", request).ok().json();
            COVERED.add("GetEndpoints");
            page.getAsJsonArray("endpoints").forEach(endpoint -> endpoints
                    .add(endpoint.getAsJsonObject().get("type").getAsString() + ":"
                            + endpoint.getAsJsonObject().get("name").getAsString()));
            next = page.get("nextToken").isJsonNull() ? null : page.get("nextToken").getAsString();
        } while (next != null);
        assertEquals(List.of("phone_number:Head office", "phone_number:Escalations desk", "queue:BasicQueue",
                "queue:Support", "queue:Sales", "agent:Ana Silva", "agent:Jane Doe", "agent:John Smith",
                "agent:Max Mustermann", "agent:Sam Rivera"), endpoints);

        assertEquals("Available", available());
        ok("PutAgentState", "state", "{\"type\":\"not_routable\",\"name\":\"Lunch\"}");
        assertEquals("Lunch", snapshot().getAsJsonObject("state").get("name").getAsString());
    }

    private List<String> pages(String operation, String member, int size,
            java.util.function.Function<JsonElement, String> mapper) throws Exception {
        List<String> all = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonObject request = Json.object();
            request.addProperty("maxResults", size);
            if (next != null) {
                request.addProperty("nextToken", next);
            }
            JsonObject page = jane.call(operation, request).ok().json();
            COVERED.add(operation);
            page.getAsJsonArray(member).forEach(element -> all.add(mapper.apply(element)));
            next = page.get("nextToken").isJsonNull() ? null : page.get("nextToken").getAsString();
            assertTrue(++pages < 20, "pagination does not end");
        } while (next != null);
        return all;
    }

    // ---------------------------------------------------------------- a contact, operation by operation

    @Test
    void contactOperationsOnAConnectedCall() throws Exception {
        available();
        String[] call = offered();
        String contactId = call[0];
        JsonObject agentLeg = connection(contactId, call[1]);
        JsonObject media = agentLeg.getAsJsonObject("softphoneMediaInfo");
        assertEquals("audio_only", media.get("callType").getAsString());
        assertFalse(media.get("autoAccept").getAsBoolean());
        assertFalse(media.get("callContextToken").getAsString().isEmpty());
        assertFalse(media.get("mediaLegContextToken").getAsString().isEmpty());
        JsonObject callConfig = JsonParser.parseString(media.get("callConfigJson").getAsString()).getAsJsonObject();
        assertEquals("wss://127.0.0.1:" + sandbox.port() + "/LilyRTC", callConfig.get("signalingEndpoint").getAsString());
        assertEquals("LilyRTC/1.0/WSS", callConfig.get("protocol").getAsString());
        assertFalse(callConfig.get("useWebSocketProvider").getAsBoolean());
        assertEquals("turn-user", callConfig.getAsJsonArray("iceServers").get(0).getAsJsonObject().get("username")
                .getAsString());
        assertFalse(callConfig.has("iceTransportPolicy"));

        ok("AcceptContact", "contactId", contactId);
        ok("HoldConnection", "contactId", contactId, "connectionId", call[2]);
        assertEquals("hold", connection(contactId, call[2]).getAsJsonObject("state").get("type").getAsString());
        ok("ResumeConnection", "contactId", contactId, "connectionId", call[2]);
        ok("MuteParticipant", "contactId", contactId, "connectionId", call[2]);
        assertTrue(connection(contactId, call[2]).get("mute").getAsBoolean());
        ok("UnmuteParticipant", "contactId", contactId, "connectionId", call[2]);
        assertFalse(connection(contactId, call[2]).get("mute").getAsBoolean());
        ok("SendDigits", "contactId", contactId, "connectionId", call[2], "digits", "1234#");
        assertTrue(records("SendDigits").get(0).detailJson().contains("1234#"));
        ok("CreateAdditionalConnection", "contactId", contactId, "endpoint",
                "{\"type\":\"phone_number\",\"phoneNumber\":\"+442079460123\"}");
        sandbox.control().answer(contactId);
        ok("ToggleActiveConnections", "contactId", contactId, "connectionId", call[2]);
        assertEquals("connected", connection(contactId, call[2]).getAsJsonObject("state").get("type").getAsString());
        ok("ConferenceConnections", "contactId", contactId);
        ok("NotifyContactIssue", "contactId", contactId, "issueCode", "audio", "description", "echo");
        ok("SendSoftphoneCallMetrics", "contactId", contactId, "ccpVersion", "V2", "softphoneStreamStatistics",
                "[{\"timestamp\":1700000000.5,\"softphoneStreamType\":\"audio_input\",\"packetCount\":50,"
                        + "\"packetsLost\":0,\"audioLevel\":120.5,\"jitterBufferMillis\":20,\"roundTripTimeMillis\":3}]");
        ok("SendSoftphoneCallReport", "contactId", contactId, "ccpVersion", "V2", "report",
                "{\"callStartTime\":1700000000.1,\"handshakeTimeMillis\":120,\"talkTimeMillis\":5000,"
                        + "\"iceCollectionFailure\":false}");
        assertEquals(1, records("SendSoftphoneCallReport").size());
        assertEquals(1, records("SendSoftphoneCallMetrics").size());
        assertEquals(1, records("NotifyContactIssue").size());
        ok("DestroyConnection", "contactId", contactId, "connectionId", call[1]);
        assertEquals("ended", snapshot().getAsJsonArray("contacts").get(0).getAsJsonObject().getAsJsonObject("state")
                .get("type").getAsString());
        // ClearContact needs no authentication member: the bearer header is enough
        jane.raw("ClearContact", jane.token, Json.object("contactId", contactId).toString()).ok();
        COVERED.add("ClearContact");
        assertEquals(0, snapshot().getAsJsonArray("contacts").size());
    }

    @Test
    void updateMonitorParticipantStateOfASupervisor() throws Exception {
        available();
        String contactId = offered()[0];
        ok("AcceptContact", "contactId", contactId);
        sandbox.control().monitor(contactId, "sam");
        CtiClient sam = CtiClient.signIn(sandbox, "sam", "sam-sandbox");
        // like ClearContact, it needs no authentication member
        sam.raw("UpdateMonitorParticipantState", sam.token,
                Json.object("contactId", contactId, "targetMonitorMode", "BARGE").toString()).ok();
        COVERED.add("UpdateMonitorParticipantState");
        assertEquals(1, records("UpdateMonitorParticipantState").size());
        assertEquals("barge", snapshot().getAsJsonArray("contacts").get(0).getAsJsonObject()
                .getAsJsonArray("connections").get(2).getAsJsonObject().getAsJsonObject("state").get("type")
                .getAsString());
    }

    @Test
    void rejectCompleteAddNewConnectionAndTransfer() throws Exception {
        available();
        String[] rejected = offered();
        jane.raw("RejectContact", jane.token, Json.object("contactId", rejected[0]).toString()).ok();
        COVERED.add("RejectContact");
        assertEquals(0, snapshot().getAsJsonArray("contacts").size());
        assertEquals("Available", snapshot().getAsJsonObject("state").get("name").getAsString());

        String[] call = offered();
        ok("AcceptContact", "contactId", call[0]);
        jane.raw("AddNewConnection", jane.token, Json.object("contactId", call[0], "endpoint",
                "{\"type\":\"phone_number\",\"phoneNumber\":\"+12065550100\"}").toString()).ok();
        COVERED.add("AddNewConnection");
        assertEquals(3, snapshot().getAsJsonArray("contacts").get(0).getAsJsonObject().getAsJsonArray("connections")
                .size());
        String johnLogin = "{\"type\":\"agent\",\"agentLogin\":\"john\"}";
        jane.raw("transferContact", jane.token, Json.object("contactId", call[0], "endpoint", johnLogin).toString())
                .ok();
        COVERED.add("TransferContact");
        assertEquals("AfterCallWork", snapshot().getAsJsonObject("state").get("name").getAsString());
        jane.raw("CompleteContact", jane.token, Json.object("contactId", call[0]).toString()).ok();
        COVERED.add("CompleteContact");
        assertEquals(0, snapshot().getAsJsonArray("contacts").size());
        String queued = JsonParser.parseString(sandbox.control().contactsJson()).getAsJsonObject()
                .getAsJsonArray("queued").get(0).getAsString();
        assertNotEquals(call[0], queued, "the transfer to john (offline) waits in his queue");
    }

    @Test
    void outboundTaskLogsTransportAndTokenOperations() throws Exception {
        available();
        ok("CreateOutboundContact", "endpoint", "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550199\"}");
        assertEquals("CallingCustomer", snapshot().getAsJsonObject("state").get("name").getAsString());

        CtiClient.Reply task = jane.raw("CreateTaskContact", jane.token, Json.object("name", "Follow up", "endpoint",
                "{\"type\":\"agent\",\"agentLogin\":\"jane\"}").toString()).ok();
        COVERED.add("CreateTaskContact");
        String taskId = task.json().get("contactId").getAsString();
        // jane's routing profile takes a task beside her call: the task is offered at once
        jane.call("AcceptContact", "contactId", taskId).ok();
        jane.raw("PauseContact", jane.token, Json.object("contactId", taskId).toString()).ok();
        COVERED.add("PauseContact");
        jane.raw("ResumeContact", jane.token, Json.object("contactId", taskId).toString()).ok();
        COVERED.add("ResumeContact");

        ok("SendClientLogs", "logEvents",
                "[{\"timestamp\":1700000000.25,\"component\":\"ccp\",\"message\":\"hello from the test\"}]");
        assertTrue(records("SendClientLogs").get(0).detailJson().contains("hello from the test"));

        JsonObject webSocket = ok("CreateTransport", "transportType", "web_socket").json()
                .getAsJsonObject("webSocketTransport");
        assertTrue(webSocket.get("url").getAsString().startsWith("wss://127.0.0.1:" + sandbox.port() + "/ws?"));
        assertTrue(webSocket.get("transportLifeTimeInSeconds").getAsLong() >= 300);
        JsonObject softphone = ok("CreateTransport", "transportType", "softphone").json()
                .getAsJsonObject("softphoneTransport");
        JsonObject turn = softphone.getAsJsonArray("softphoneMediaConnections").get(0).getAsJsonObject();
        assertEquals("turn-secret", turn.get("credential").getAsString());
        assertEquals("turn:127.0.0.1:3478?transport=udp", turn.getAsJsonArray("urls").get(0).getAsString());

        String oldToken = jane.token;
        JsonObject fresh = ok("GetNewAuthToken", "refreshToken", jane.refreshToken).json();
        assertNotEquals(oldToken, fresh.get("newAuthToken").getAsString());
        assertTrue(fresh.get("expirationDateTime").getAsDouble() > System.currentTimeMillis() / 1000.0);
        jane.token = fresh.get("newAuthToken").getAsString();
        ok("GetAgentConfiguration");
        assertEquals(400, jane.raw("GetNewAuthToken", jane.token, Json.object("authentication",
                "{\"authToken\":\"" + jane.token + "\"}", "refreshToken", "not-a-refresh-token").toString()).status());
    }

    // ---------------------------------------------------------------- the long poll

    @Test
    void longPollAnswersAtOnceWithoutTokenThenWaitsForAChange() throws Exception {
        JsonObject first = ok("GetAgentSnapshot").json();
        String token = first.get("nextToken").getAsString();
        CompletableFuture<HttpResponse<String>> held = jane.http.sendAsync(snapshotRequest(token, 20_000),
                HttpResponse.BodyHandlers.ofString());
        Await.until(Duration.ofSeconds(5), () -> sandbox.control().heldPolls() == 1, "the poll is held");
        assertFalse(held.isDone());
        available();
        HttpResponse<String> woken = held.get(10, TimeUnit.SECONDS);
        JsonObject answer = JsonParser.parseString(woken.body()).getAsJsonObject();
        assertEquals("Available", answer.getAsJsonObject("snapshot").getAsJsonObject("state").get("name").getAsString());
        assertNotEquals(token, answer.get("nextToken").getAsString());
        assertEquals(0, sandbox.control().heldPolls());
    }

    @Test
    void longPollTimesOutWithTheUnchangedSnapshot() throws Exception {
        String token = ok("GetAgentSnapshot").json().get("nextToken").getAsString();
        HttpResponse<String> response = jane.http.send(snapshotRequest(token, 300), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(token, answer.get("nextToken").getAsString());
        assertEquals("Offline", answer.getAsJsonObject("snapshot").getAsJsonObject("state").get("name").getAsString());
        assertNotNull(answer.getAsJsonObject("snapshot").get("snapshotTimestamp").getAsBigDecimal());
    }

    @Test
    void closingTheSandboxAnswersHeldPollsSoItStopsWithoutWaiting() throws Exception {
        String token = ok("GetAgentSnapshot").json().get("nextToken").getAsString();
        CompletableFuture<HttpResponse<String>> held = jane.http.sendAsync(snapshotRequest(token, 20_000),
                HttpResponse.BodyHandlers.ofString());
        Await.until(Duration.ofSeconds(5), () -> sandbox.control().heldPolls() == 1, "the poll is held");
        sandbox.close();
        // answered, not cut: without the release, stopping the server breaks the held request off
        HttpResponse<String> answer = held.get(5, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals(token, JsonParser.parseString(answer.body()).getAsJsonObject().get("nextToken").getAsString());
    }

    private HttpRequest snapshotRequest(String nextToken, long timeout) {
        JsonObject body = Json.object("nextToken", nextToken, "authentication", "{\"authToken\":\"" + jane.token + "\"}");
        body.addProperty("timeout", timeout);
        return HttpRequest.newBuilder(jane.uri("/api")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService.GetAgentSnapshot").header("X-Amz-Bearer", jane.token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    // ---------------------------------------------------------------- errors

    @Test
    void validationErrorsUseTheServiceShapes() throws Exception {
        CtiClient.Reply missing = jane.call("AcceptContact");
        assertEquals(400, missing.status());
        assertEquals("ValidationException", missing.errorType());
        assertEquals("1 validation error detected: Value null at 'contactId' failed to satisfy constraint: "
                + "Member must not be null", missing.json().get("message").getAsString());
        assertEquals("ValidationException", missing.response().headers().firstValue("x-amzn-ErrorType").orElse(""));

        CtiClient.Reply twoMissing = jane.call("SendDigits", "contactId", "x");
        assertTrue(twoMissing.json().get("message").getAsString().startsWith("2 validation errors detected"));

        CtiClient.Reply nested = jane.call("PutAgentState", "state", "{\"type\":\"routable\"}");
        assertEquals("ValidationException", nested.errorType());
        assertTrue(nested.json().get("message").getAsString().contains("'state.name'"));

        CtiClient.Reply wrongType = jane.call("GetAgentSnapshot", "timeout", "\"soon\"");
        assertEquals(400, wrongType.status());
        assertEquals("SerializationException", wrongType.errorType());
        CtiClient.Reply wrongList = jane.call("GetEndpoints", "queueARNs", "{\"a\":1}");
        assertEquals("SerializationException", wrongList.errorType());

        CtiClient.Reply unknownOperation = jane.call("DeleteEverything");
        assertEquals(400, unknownOperation.status());
        assertEquals("UnknownOperationException", unknownOperation.errorType());
        assertEquals("UnknownOperationException", jane.raw(null, jane.token, "{}").errorType());

        CtiClient.Reply unknownMember = jane.call("GetAgentConfiguration", "futureMember", "{\"x\":1}");
        assertEquals(200, unknownMember.status(), "members the model does not know are ignored");

        CtiClient.Reply malformed = jane.raw("GetAgentConfiguration", jane.token, "{\"authentication\":");
        assertEquals(400, malformed.status());
        assertEquals("SerializationException", malformed.errorType());

        CtiClient.Reply unknownContact = jane.call("AcceptContact", "contactId", "00000000-0000-0000-0000-000000000000");
        assertEquals(400, unknownContact.status());
        assertEquals("ResourceNotFoundException", unknownContact.errorType());

        CtiClient.Reply badState = jane.call("PutAgentState", "state", "{\"type\":\"system\",\"name\":\"Busy\"}");
        assertEquals("InvalidStateException", badState.errorType());

        available();
        CtiClient.Reply badEndpoint = jane.call("CreateOutboundContact", "endpoint",
                "{\"type\":\"phone_number\",\"phoneNumber\":\"+8613800000000\"}");
        assertEquals("BadEndpointException", badEndpoint.errorType());

        CtiClient.Reply badPage = jane.call("GetAgentStates", "nextToken", "garbage");
        assertEquals("PaginationException", badPage.errorType());
    }

    @Test
    void authenticationFailures() throws Exception {
        CtiClient.Reply noToken = jane.raw("GetAgentConfiguration", null, "{}");
        assertEquals(401, noToken.status());
        assertEquals("UnauthorizedException", noToken.errorType());

        CtiClient.Reply wrongToken = jane.raw("GetAgentConfiguration", "not-a-token",
                "{\"authentication\":{\"authToken\":\"not-a-token\"}}");
        assertEquals(401, wrongToken.status());
        assertEquals("UnauthorizedException", wrongToken.errorType());

        CtiClient.Reply mismatch = jane.raw("GetAgentConfiguration", jane.token,
                "{\"authentication\":{\"authToken\":\"another-token\"}}");
        assertEquals(401, mismatch.status());

        CtiClient.Reply headerOnly = jane.call("GetAgentConfiguration", "authentication", "{}");
        assertEquals(200, headerOnly.status(), "an authentication member without a token relies on the header");

        CtiClient max = CtiClient.signIn(sandbox, "max", "max-sandbox");
        max.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        CtiClient.Reply denied = max.call("CreateOutboundContact", "endpoint",
                "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550199\"}");
        assertEquals(403, denied.status());
        assertEquals("AccessDeniedException", denied.errorType());
        CtiClient.Reply otherProfile = jane.call("GetRoutingProfileQueues", "routingProfileARN", "arn:aws:connect:x");
        assertEquals(403, otherProfile.status());

        sandbox.control().expireAllTokens();
        CtiClient.Reply expired = jane.call("GetAgentConfiguration");
        assertEquals(401, expired.status());
        assertEquals("The auth token has expired", expired.json().get("message").getAsString());
        jane.authorize();
        jane.call("GetAgentConfiguration").ok();
    }

    @Test
    void tokensExpireAfterTheirLifetime() throws Exception {
        sandbox.close();
        sandbox = Sandbox.builder().tokenLifetime(Duration.ofMillis(200)).start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        Await.until(Duration.ofSeconds(5), () -> {
            try {
                return jane.call("GetAgentConfiguration").status() == 401;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, "the token expires");
        JsonObject fresh = jane.raw("GetNewAuthToken", jane.token,
                Json.object("authentication", "{\"authToken\":\"" + jane.token + "\"}", "refreshToken",
                        jane.refreshToken).toString()).ok().json();
        jane.token = fresh.get("newAuthToken").getAsString();
        assertNotNull(jane.token);
    }
}
