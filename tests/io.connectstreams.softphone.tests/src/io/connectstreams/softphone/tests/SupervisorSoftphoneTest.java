/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.testing.Await;

/**
 * A supervisor's softphone listens in: when the sandbox's supervisor sam starts monitoring a call, the softphone
 * starts a session for sam's monitoring connection (Streams' getAgentConnection() returns it), hears the caller,
 * the caller does not hear a silent supervisor and hears it once it barges. The call's agent is on a desk phone, so
 * the softphone serves only the supervisor; what the agent hears is measured in the sandbox's SupervisorMediaTest.
 */
class SupervisorSoftphoneTest {

    private SoftphoneFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theSupervisorsSoftphoneHearsTheCallerAndIsHeardOnlyWhileBarging() throws Exception {
        fixture = SoftphoneFixture.signedIn(Sandbox.builder(), "sam");
        SandboxControl control = fixture.sandbox.control();
        control.addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent").withSoftphone(false, "+12065550199")
                .withAutoAccept(true).withInitialState("Available"));
        String contactId = control.placeCall(SoftphoneFixture.CALLER, null, "desk");
        AtomicReference<String> monitor = new AtomicReference<>();
        Await.until(SoftphoneFixture.WAIT, () -> {
            try {
                monitor.set(control.monitor(contactId, "sam"));
                return true;
            } catch (RuntimeException notConnectedYet) {
                return false;
            }
        }, "the desk agent to take the call, and sam to monitor it");

        SoftphoneSessionInfo talking = fixture.awaitSession(contactId, SoftphoneSessionState.TALKING);
        assertEquals(monitor.get(), talking.agentConnectionId(), "the session of the monitoring connection");
        Audio.agentHearsCaller(fixture.probe, contactId);
        assertTrue(control.monitorLevels(monitor.get()).isEmpty(), "nobody hears a silent supervisor");
        assertEquals(List.of(talking.agentConnectionId()), fixture.softphone.sessions().stream()
                .map(SoftphoneSessionInfo::agentConnectionId).toList());

        // sam barges in (UpdateMonitorParticipantState, which our API does not offer): the caller hears its softphone
        assertEquals(200, barge(fixture, contactId));
        Await.until(SoftphoneFixture.WAIT, () -> control.monitorLevels(monitor.get())
                .map(levels -> Audio.near(levels.receivedRms(), Audio.AGENT_RMS)).orElse(false),
                () -> "the caller to hear the barging supervisor, heard " + control.monitorLevels(monitor.get()));
        Audio.agentHearsCaller(fixture.probe, contactId);

        control.hangUp(contactId); // the call ends: the monitoring with it, and the server's bye ends the session
        assertEquals(SoftphoneSessionState.DISCONNECTED, fixture.awaitEnded(contactId).state());
    }

    /**
     * Sam switches to barge over the CTI API, with a login of its own (the kit's {@code Supervisor} barges into the
     * signed-in agent's calls; here sam is the signed-in one, and the call is the desk agent's).
     */
    private static int barge(SoftphoneFixture fixture, String contactId) throws Exception {
        SandboxLogin login = fixture.sandbox.login("sam", "sam-sandbox");
        HttpClient http = HttpClient.newBuilder().sslContext(fixture.sandbox.clientSslContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(fixture.sandbox.baseUri()
                .resolve("/auth/authorize")).header("Cookie", login.cookieHeader()).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, authorized.statusCode(), authorized.body());
        String token = JsonParser.parseString(authorized.body()).getAsJsonObject().get("accessToken").getAsString();
        JsonObject body = new JsonObject();
        body.addProperty("contactId", contactId);
        body.addProperty("targetMonitorMode", "BARGE");
        JsonObject authentication = new JsonObject();
        authentication.addProperty("authToken", token);
        body.add("authentication", authentication);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(fixture.sandbox.baseUri().resolve("/api"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService.UpdateMonitorParticipantState")
                .header("X-Amz-Bearer", token).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
