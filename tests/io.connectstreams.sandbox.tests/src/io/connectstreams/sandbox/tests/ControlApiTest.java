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

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.Sandbox;

/**
 * The HTTP control API and fault injection, over real HTTPS; a handler mounted at the signaling path and the caller
 * media levels it publishes.
 */
class ControlApiTest {

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().controlKey("test-control-key").calleesAnswerManually()
                .mount(Sandbox.SIGNALING_PATH, context -> {
                    context.callerMedia(contactId -> Optional.of(new AudioLevels(contactId, 1200.5, 800.25, 42,
                            Instant.parse("2026-01-01T00:00:00Z"))));
                    return new Handler.Abstract() {
                        @Override
                        public boolean handle(Request request, Response response, Callback callback) {
                            Content.Sink.write(response, true, "signaling:" + Request.getPathInContext(request),
                                    callback);
                            return true;
                        }
                    };
                }).start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> control(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(Sandbox.CONTROL_KEY_HEADER, key);
        }
        return jane.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonElement control(String method, String path, String body) throws Exception {
        HttpResponse<String> response = control(method, path, body, "test-control-key");
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body());
    }

    @Test
    void theControlKeyIsRequired() throws Exception {
        assertEquals(401, control("GET", "/control/status", null, null).statusCode());
        assertEquals(401, control("GET", "/control/status", null, "wrong-key").statusCode());
        assertEquals(404, control("GET", "/control/nothing", null, "test-control-key").statusCode());
        assertEquals(400, control("POST", "/control/calls", "{\"from\":\"12\"}", "test-control-key").statusCode());
    }

    @Test
    void callsHangUpsAndViews() throws Exception {
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String contactId = control("POST", "/control/calls", "{\"from\":\"+14255550100\",\"queue\":\"Support\","
                + "\"attributes\":{\"customerTier\":\"gold\"}}").getAsJsonObject().get("contactId").getAsString();
        JsonObject snapshot = control("GET", "/control/agents/jane/snapshot", null).getAsJsonObject();
        assertEquals("PendingBusy", snapshot.getAsJsonObject("state").get("name").getAsString());
        assertEquals("{\"customerTier\":{\"name\":\"customerTier\",\"value\":\"gold\"}}", snapshot
                .getAsJsonArray("contacts").get(0).getAsJsonObject().get("attributes").toString());
        assertEquals(400, control("POST", "/control/calls", "{\"from\":\"+14255550100\",\"attributes\":{\"a\":1}}",
                "test-control-key").statusCode());
        JsonObject agents = control("GET", "/control/status", null).getAsJsonObject();
        assertTrue(agents.toString().contains("\"username\":\"jane\",\"name\":\"Jane Doe\""), agents.toString());
        jane.call("AcceptContact", "contactId", contactId).ok();
        jane.call("SendDigits", "contactId", contactId, "connectionId",
                snapshot.getAsJsonArray("contacts").get(0).getAsJsonObject().getAsJsonArray("connections").get(1)
                        .getAsJsonObject().get("connectionId").getAsString(), "digits", "4*2").ok();
        assertEquals("4*2", control("GET", "/control/records?action=SendDigits", null).getAsJsonArray().get(0)
                .getAsJsonObject().getAsJsonObject("detail").get("digits").getAsString());
        control("POST", "/control/contacts/" + contactId + "/hangup", null);
        JsonObject contacts = control("GET", "/control/contacts", null).getAsJsonObject();
        assertEquals("after_call_work", contacts.getAsJsonArray("contacts").get(0).getAsJsonObject().get("phase")
                .getAsString());
        assertEquals(400, control("POST", "/control/contacts/" + contactId + "/hangup", null, "test-control-key")
                .statusCode());
        String callback = control("POST", "/control/callbacks", "{\"from\":\"+14255550111\",\"agent\":\"john\"}")
                .getAsJsonObject().get("contactId").getAsString();
        assertTrue(control("GET", "/control/contacts", null).toString().contains(callback));
    }

    @Test
    void injectedStatusesAnswerWithTheServiceErrors() throws Exception {
        control("POST", "/control/faults", "{\"type\":\"status\",\"status\":503,\"count\":2}");
        control("POST", "/control/faults", "{\"type\":\"status\",\"status\":429,\"operation\":\"GetAgentStates\"}");
        CtiClient.Reply first = jane.call("GetAgentConfiguration");
        assertEquals(503, first.status());
        assertEquals("ServiceUnavailableException", first.errorType());
        assertEquals(503, jane.call("GetAgentPermissions").status());
        jane.call("GetAgentConfiguration").ok();
        CtiClient.Reply throttled = jane.call("GetAgentStates");
        assertEquals(429, throttled.status());
        assertEquals("ThrottlingException", throttled.errorType());
        jane.call("GetAgentStates").ok();
        sandbox.control().failNextCalls(403, 1, null);
        assertEquals("AccessDeniedException", jane.call("GetAgentStates").errorType());
        sandbox.control().failNextCalls(401, 1, null);
        assertEquals("UnauthorizedException", jane.call("GetAgentStates").errorType());
        assertEquals(400, control("POST", "/control/faults", "{\"type\":\"status\",\"status\":404}", "test-control-key")
                .statusCode());
    }

    @Test
    void droppedTruncatedAndDelayedResponses() throws Exception {
        control("POST", "/control/faults", "{\"type\":\"drop\"}");
        assertThrows(IOException.class, () -> jane.call("GetAgentConfiguration"));
        jane.call("GetAgentConfiguration").ok();

        control("POST", "/control/faults", "{\"type\":\"truncate\"}");
        CtiClient.Reply truncated = jane.call("GetAgentConfiguration");
        assertEquals(200, truncated.status());
        assertThrows(JsonParseException.class, () -> JsonParser.parseString(truncated.body()));
        jane.call("GetAgentConfiguration").ok();

        control("POST", "/control/faults", "{\"type\":\"delay\",\"millis\":50,\"count\":2}");
        assertEquals(2, sandbox.control().pendingFaults().size() + 1, sandbox.control().pendingFaults().toString());
        jane.call("GetAgentConfiguration").ok();
        jane.call("GetAgentConfiguration").ok();
        assertTrue(sandbox.control().pendingFaults().isEmpty());

        control("POST", "/control/faults", "{\"type\":\"status\",\"status\":500}");
        control("DELETE", "/control/faults", null);
        jane.call("GetAgentConfiguration").ok();
    }

    @Test
    void expiringEveryTokenForcesReauthorization() throws Exception {
        assertEquals(1, control("POST", "/control/faults", "{\"type\":\"expire-tokens\"}").getAsJsonObject()
                .get("expired").getAsInt());
        assertEquals(401, jane.call("GetAgentConfiguration").status());
        jane.authorize();
        jane.call("GetAgentConfiguration").ok();
    }

    @Test
    void mountedHandlerAndCallerMediaLevels() throws Exception {
        HttpResponse<String> signaling = jane.http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/LilyRTC"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("signaling:/LilyRTC", signaling.body());
        JsonObject levels = control("GET", "/control/contacts/abc/levels", null).getAsJsonObject();
        assertEquals(1200.5, levels.get("receivedRms").getAsDouble());
        assertEquals(42, levels.get("framesReceived").getAsLong());
        assertEquals(1200.5, sandbox.control().levels("abc").orElseThrow().receivedRms());
    }
}
