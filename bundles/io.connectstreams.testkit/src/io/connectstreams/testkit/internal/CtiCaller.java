/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;

/**
 * A second agent's CTI client (a supervisor's, say) for the few requests a scenario makes on its behalf, while
 * the test's own agent is signed in through {@code Streams}. HTTPS that trusts exactly the sandbox's certificate;
 * every request has a timeout; the token never reaches a message.
 */
public final class CtiCaller {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Sandbox sandbox;
    private final String username;
    private final HttpClient http;

    /**
     * @param sandbox the sandbox
     * @param username the agent (password {@code <username>-sandbox}, as the sandbox's agents have)
     */
    public CtiCaller(Sandbox sandbox, String username) {
        this.sandbox = sandbox;
        this.username = username;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        if (sandbox.isHttps()) {
            builder.sslContext(sandbox.clientSslContext());
        }
        http = builder.build();
    }

    /**
     * Sends {@code UpdateMonitorParticipantState}.
     *
     * @param contactId the monitored call
     * @param mode {@code BARGE} or {@code SILENT_MONITOR}
     * @throws AssertionError when the sandbox refuses it
     */
    public void updateMonitorParticipantState(String contactId, String mode) {
        JsonObject body = new JsonObject();
        body.addProperty("contactId", contactId);
        body.addProperty("targetMonitorMode", mode);
        String token = accessToken();
        JsonObject authentication = new JsonObject();
        authentication.addProperty("authToken", token);
        body.add("authentication", authentication);
        HttpResponse<String> response = send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/api"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService.UpdateMonitorParticipantState")
                .header("X-Amz-Bearer", token).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), "UpdateMonitorParticipantState");
        if (response.statusCode() != 200) {
            throw new AssertionError(username + "'s UpdateMonitorParticipantState " + mode + " of " + contactId
                    + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String accessToken() {
        SandboxLogin login = sandbox.login(username, username + "-sandbox");
        HttpResponse<String> response = send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/auth/authorize"))
                .header("Cookie", login.cookieHeader()).timeout(TIMEOUT).build(), "the authorization");
        if (response.statusCode() != 200) {
            throw new AssertionError(username + "'s authorization answered " + response.statusCode());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject().get("accessToken").getAsString();
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(username + "'s " + what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during " + username + "'s " + what, e);
        }
    }
}
