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

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;

/**
 * A malformed, mistyped or null member answers 400 with the CTI error shape, never 5xx; JSON {@code null} is
 * absent where the model allows it; {@code authentication} is type-checked on every operation; the control API and
 * Jetty's own errors answer in the same shape, without exception text.
 */
class MalformedMembersTest {

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

    /** An operation with authentication and the members given as JSON text (so that {@code null} is JSON null). */
    private CtiClient.Reply call(String operation, String members) throws Exception {
        return jane.raw(operation, jane.token, "{\"authentication\":{\"authToken\":\"" + jane.token + "\"},"
                + members + "}");
    }

    private static String error(CtiClient.Reply reply) {
        return ErrorShape.assertError(400, reply.status(), reply.body());
    }

    @Test
    void nullTimeoutIsAbsent() throws Exception {
        CtiClient.Reply reply = call("GetAgentSnapshot", "\"timeout\":null");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getAsJsonObject("snapshot").has("state"), reply.body());
    }

    @Test
    void nullQueueArnIsRefused() throws Exception {
        assertEquals("SerializationException", error(call("GetEndpoints", "\"queueARNs\":[null]")));
    }

    @Test
    void nullPreferenceIsRefused() throws Exception {
        CtiClient.Reply reply = jane.call("UpdateAgentConfiguration", "configuration", "{\"name\":\"Jane Doe\","
                + "\"softphoneEnabled\":true,\"softphoneAutoAccept\":false,\"extension\":\"\",\"routingProfile\":{},"
                + "\"agentPreferences\":{\"locale\":null}}");
        assertEquals("SerializationException", error(reply));
    }

    @Test
    void authenticationIsTypeCheckedOnEveryOperation() throws Exception {
        // ClearContact's and PauseContact's inputs in the model have no authentication member: checked all the same
        for (String operation : new String[] {"ClearContact", "PauseContact", "GetAgentStates"}) {
            assertEquals("SerializationException", error(jane.raw(operation, jane.token,
                    "{\"authentication\":{\"authToken\":42},\"contactId\":\"c\"}")), operation);
            assertEquals("SerializationException", error(jane.raw(operation, jane.token,
                    "{\"authentication\":{\"authToken\":{}},\"contactId\":\"c\"}")), operation);
            assertEquals("SerializationException", error(jane.raw(operation, jane.token,
                    "{\"authentication\":\"" + jane.token + "\",\"contactId\":\"c\"}")), operation);
        }
        assertEquals("SerializationException", error(jane.raw("GetNewAuthToken", jane.token,
                "{\"authentication\":{\"authToken\":[]},\"refreshToken\":\"r\"}")));
    }

    @Test
    void nullOrMistypedMembersDeepInTheBody() throws Exception {
        error(call("CreateTransport", "\"transportType\":null"));
        error(call("GetAgentSnapshot", "\"timeout\":\"soon\""));
        error(call("PutAgentState", "\"state\":{\"type\":null,\"name\":[1]}"));
        error(call("SendClientLogs", "\"logEvents\":[null]"));
        error(call("CreateOutboundContact", "\"endpoint\":{\"type\":null}"));
        assertEquals(200, call("GetAgentStates", "\"maxResults\":null,\"nextToken\":null").status());
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        return jane.http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve(path)).timeout(TIMEOUT)
                .header("X-Sandbox-Control-Key", "test-control-key").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void controlCommandsWithoutTheirValue() throws Exception {
        for (String body : new String[] {"{\"type\":\"status\"}", "{\"type\":\"status\",\"status\":null}",
                "{\"type\":\"delay\"}", "{\"type\":\"delay\",\"millis\":{}}", "{\"type\":\"status\",\"status\":500,"
                        + "\"count\":\"x\"}", "{\"type\":null}", "{\"type\":\"invite\",\"code\":\"x\"}"}) {
            HttpResponse<String> response = control("POST", "/control/faults", body);
            ErrorShape.assertError(400, response.statusCode(), response.body());
        }
        for (String body : new String[] {"{}", "{\"from\":null}", "{\"from\":{}}", "{\"from\":\"+1\",\"queue\":[]}"}) {
            HttpResponse<String> response = control("POST", "/control/calls", body);
            ErrorShape.assertError(400, response.statusCode(), response.body());
        }
        assertEquals(0, sandbox.control().pendingFaults().size(), "no fault was queued by a refused command");
        HttpResponse<String> unknown = control("GET", "/control/nothing", "");
        ErrorShape.assertError(404, unknown.statusCode(), unknown.body());
    }

    @Test
    void jettysOwnErrorsAnswerInTheSameShape() throws Exception {
        int port = sandbox.port();
        RawHttp.Answer badPath = RawHttp.send(sandbox, "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n", TIMEOUT);
        ErrorShape.assertError(400, badPath.status(), badPath.body());
        RawHttp.Answer badHeader = RawHttp.send(sandbox, "GET /login HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nBad Header\r\nConnection: close\r\n\r\n", TIMEOUT);
        ErrorShape.assertError(400, badHeader.status(), badHeader.body());
        RawHttp.Answer notFound = RawHttp.send(sandbox, "GET /no/such/page HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n", TIMEOUT);
        ErrorShape.assertError(404, notFound.status(), notFound.body());
        RawHttp.Answer badLength = RawHttp.send(sandbox, "POST /api HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Length: -5\r\nConnection: close\r\n\r\n", TIMEOUT);
        ErrorShape.assertError(400, badLength.status(), badLength.body());
        assertEquals(200, jane.call("GetAgentConfiguration").status());
    }
}
