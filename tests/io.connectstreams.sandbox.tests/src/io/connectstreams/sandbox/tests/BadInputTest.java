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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;

/**
 * Bad input gets an error answer (or, on the CTI WebSocket, a close with a reason), and the server keeps serving:
 * every case is followed by a good request.
 */
class BadInputTest {

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void stillServing() throws Exception {
        assertEquals("Jane Doe", jane.call("GetAgentConfiguration").ok().json().getAsJsonObject("configuration")
                .get("name").getAsString());
    }

    @Test
    void truncatedJson() throws Exception {
        String body = "{\"authentication\":{\"authToken\":\"" + jane.token + "\"},\"contactId\":\"abc";
        CtiClient.Reply reply = jane.raw("AcceptContact", jane.token, body);
        assertEquals(400, reply.status());
        assertEquals("SerializationException", reply.errorType());
        stillServing();
    }

    @Test
    void tenMegabyteBody() throws Exception {
        char[] filler = new char[10 * 1024 * 1024];
        Arrays.fill(filler, 'x');
        String body = "{\"authentication\":{\"authToken\":\"" + jane.token + "\"},\"logEvents\":[{\"message\":\""
                + new String(filler) + "\"}]}";
        CtiClient.Reply reply = jane.raw("SendClientLogs", jane.token, body);
        assertEquals(413, reply.status());
        assertEquals("RequestEntityTooLarge", reply.errorType());
        stillServing();
    }

    @Test
    void chunkedBodyOverTheLimit() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(jane.uri("/api")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService.SendClientLogs").header("X-Amz-Bearer", jane.token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        java.util.Collections.enumeration(java.util.stream.IntStream.range(0, 40)
                                .mapToObj(i -> (java.io.InputStream) new java.io.ByteArrayInputStream(chunk))
                                .toList()))))
                .build();
        try {
            HttpResponse<String> response = jane.http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            // the server may close the connection while the client still sends: also a refusal
        }
        stillServing();
    }

    @Test
    void wronglyTypedMembers() throws Exception {
        CtiClient.Reply reply = jane.call("PutAgentState", "state", "[1,2]", "enqueueNextState", "\"yes\"");
        assertEquals(400, reply.status());
        assertEquals("SerializationException", reply.errorType());
        CtiClient.Reply notAnObject = jane.raw("GetAgentConfiguration", jane.token, "[1,2,3]");
        assertEquals("SerializationException", notAnObject.errorType());
        CtiClient.Reply fraction = jane.call("GetAgentStates", "maxResults", "2.5");
        assertEquals("SerializationException", fraction.errorType());
        stillServing();
    }

    @Test
    void unknownOperationAndWrongContentType() throws Exception {
        assertEquals("UnknownOperationException", jane.call("GetEverything").errorType());
        HttpResponse<String> text = jane.http.send(HttpRequest.newBuilder(jane.uri("/api"))
                .header("Content-Type", "text/plain").header("X-Amz-Target", "AmazonConnectCTIService.GetAgentStates")
                .header("X-Amz-Bearer", jane.token).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, text.statusCode());
        HttpResponse<String> get = jane.http.send(HttpRequest.newBuilder(jane.uri("/api")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        stillServing();
    }

    private URI webSocketUri() throws Exception {
        return URI.create(jane.call("CreateTransport", "transportType", "web_socket").ok().json()
                .getAsJsonObject("webSocketTransport").get("url").getAsString());
    }

    @Test
    void ctiWebSocketAnswersHeartbeatAndSubscribe() throws Exception {
        WebSocketProbe socket = WebSocketProbe.connect(jane.http, webSocketUri());
        socket.sendText("{\"topic\":\"aws/heartbeat\"}");
        assertEquals("aws/heartbeat", JsonParser.parseString(socket.next()).getAsJsonObject().get("topic").getAsString());
        socket.sendText("{\"topic\":\"aws/subscribe\",\"content\":{\"topics\":[\"aws/softphone\",\"aws/agent\"]}}");
        assertEquals("{\"topic\":\"aws/subscribe\",\"content\":{\"status\":\"success\",\"topics\":"
                + "[\"aws/softphone\",\"aws/agent\"]}}", socket.next());
        socket.sendText("{\"topic\":\"aws/subscribe\",\"content\":{}}");
        assertTrue(socket.next().contains("\"status\":\"failure\""));
        socket.sendText("{\"topic\":\"aws/unsubscribe\",\"content\":{\"topics\":[\"aws/agent\"]}}");
        assertTrue(socket.next().contains("\"status\":\"success\""));
    }

    @Test
    void malformedWebSocketFramesCloseWithAReason() throws Exception {
        WebSocketProbe notJson = WebSocketProbe.connect(jane.http, webSocketUri());
        notJson.sendText("{topic: heartbeat");
        assertEquals("1007 malformed frame: not JSON", notJson.closeReason());

        WebSocketProbe noTopic = WebSocketProbe.connect(jane.http, webSocketUri());
        noTopic.sendText("{\"content\":{}}");
        assertEquals("1007 malformed frame: no string topic", noTopic.closeReason());

        WebSocketProbe binary = WebSocketProbe.connect(jane.http, webSocketUri());
        binary.sendBinary(new byte[] {1, 2, 3});
        assertEquals("1003 binary frames are not supported", binary.closeReason());

        WebSocketProbe huge = WebSocketProbe.connect(jane.http, webSocketUri());
        char[] big = new char[100_000];
        Arrays.fill(big, 'a');
        try {
            huge.sendText("{\"topic\":\"" + new String(big) + "\"}");
        } catch (ExecutionException e) {
            // the server may close (1009) before the client has written the whole frame
        }
        assertTrue(huge.closeReason().startsWith("1009"), huge.closeReason());

        WebSocketProbe good = WebSocketProbe.connect(jane.http, webSocketUri());
        good.sendText("{\"topic\":\"aws/heartbeat\"}");
        assertEquals("{\"topic\":\"aws/heartbeat\"}", good.next());
        stillServing();
    }

    @Test
    void webSocketWithoutAValidTokenIsRefused() throws Exception {
        URI forged = URI.create("wss://127.0.0.1:" + sandbox.port() + "/ws?token=forged");
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> WebSocketProbe.connect(jane.http, forged));
        assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
        assertEquals(403, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        HttpResponse<String> plain = jane.http.send(HttpRequest.newBuilder(jane.uri("/ws")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, plain.statusCode());
        stillServing();
    }
}
