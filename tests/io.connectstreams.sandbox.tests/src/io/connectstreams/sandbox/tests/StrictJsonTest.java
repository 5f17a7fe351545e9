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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;

/**
 * One strict JSON parser everywhere (RFC 8259): unquoted names, single quotes, comments, trailing data and
 * non-finite numbers are refused by the CTI API, the CTI WebSocket, the control API and the programmatic sign-in,
 * as the signaling endpoint already refuses them; strict JSON (what {@code JSON.stringify} writes) passes.
 */
class StrictJsonTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().controlKey("test-control-key").start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String[] lenient() {
        String auth = "\"authentication\":{\"authToken\":\"" + jane.token + "\"}";
        return new String[] {"{authentication:{authToken:\"" + jane.token + "\"}}",
            "{'authentication':{'authToken':'" + jane.token + "'}}", "{" + auth + "} // comment",
            "{/* c */" + auth + "}", "{" + auth + ";\"maxResults\":5}", "{" + auth + ",\"maxResults\":NaN}",
            "{" + auth + "} {}", "{" + auth + ",}", "{" + auth + ",\"nextToken\":\"a\tb\"}"};
    }

    @Test
    void ctiApiRefusesLenientJson() throws Exception {
        for (String body : lenient()) {
            CtiClient.Reply reply = jane.raw("GetAgentStates", jane.token, body);
            assertEquals("SerializationException", ErrorShape.assertError(400, reply.status(), reply.body()), body);
        }
        assertEquals(200, jane.raw("GetAgentStates", jane.token, "{\"authentication\":{\"authToken\":\""
                + jane.token + "\"},\"maxResults\":5}").status());
    }

    @Test
    void ctiWebSocketRefusesLenientJson() throws Exception {
        URI uri = URI.create(jane.call("CreateTransport", "transportType", "web_socket").ok().json()
                .getAsJsonObject("webSocketTransport").get("url").getAsString());
        for (String frame : new String[] {"{topic:\"aws/heartbeat\"}", "{'topic':'aws/heartbeat'}",
            "{\"topic\":\"aws/heartbeat\"} // c", "{\"topic\":\"aws/heartbeat\"} x"}) {
            WebSocketProbe socket = WebSocketProbe.connect(jane.http, uri);
            socket.sendText(frame);
            assertEquals("1007 malformed frame: not JSON", socket.closeReason(), frame);
        }
        WebSocketProbe strict = WebSocketProbe.connect(jane.http, uri);
        strict.sendText("{\"topic\":\"aws/heartbeat\"}");
        assertTrue(strict.next().contains("aws/heartbeat"));
    }

    @Test
    void controlApiAndSignInRefuseLenientJson() throws Exception {
        HttpResponse<String> control = jane.http.send(HttpRequest.newBuilder(sandbox.baseUri()
                .resolve("/control/calls")).timeout(TIMEOUT).header("X-Sandbox-Control-Key", "test-control-key")
                .POST(HttpRequest.BodyPublishers.ofString("{from:'+14255550100'}")).build(),
                HttpResponse.BodyHandlers.ofString());
        ErrorShape.assertError(400, control.statusCode(), control.body());

        HttpResponse<String> signIn = jane.http.send(HttpRequest.newBuilder(sandbox.baseUri()
                .resolve("/auth/sign-in")).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{username:'jane',password:'jane-sandbox'}")).build(),
                HttpResponse.BodyHandlers.ofString());
        ErrorShape.assertError(400, signIn.statusCode(), signIn.body());
    }
}
