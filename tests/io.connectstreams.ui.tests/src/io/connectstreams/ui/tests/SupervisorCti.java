/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

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
 * The supervisor of a test whose view is signed in as the agent: Sam switches between silent monitoring and barge
 * over the sandbox's CTI API with a login of its own (the view's runtime has one agent only).
 */
final class SupervisorCti {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Sandbox sandbox;
    private final HttpClient http;
    private final String token;

    /**
     * @param sandbox the sandbox
     * @throws IOException when Sam cannot be authorized
     * @throws InterruptedException when interrupted
     */
    SupervisorCti(Sandbox sandbox) throws IOException, InterruptedException {
        this.sandbox = sandbox;
        http = HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).connectTimeout(TIMEOUT).build();
        SandboxLogin login = sandbox.login("sam", "sam-sandbox");
        HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(sandbox.baseUri()
                .resolve("/auth/authorize")).header("Cookie", login.cookieHeader()).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (authorized.statusCode() != 200) {
            throw new IOException("Sam's authorization: " + authorized.statusCode());
        }
        token = JsonParser.parseString(authorized.body()).getAsJsonObject().get("accessToken").getAsString();
    }

    /**
     * {@code UpdateMonitorParticipantState}.
     *
     * @param contactId the monitored call
     * @param mode {@code BARGE} or {@code SILENT_MONITOR}
     * @throws IOException when the sandbox refuses
     * @throws InterruptedException when interrupted
     */
    void switchTo(String contactId, String mode) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("contactId", contactId);
        body.addProperty("targetMonitorMode", mode);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/api"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService.UpdateMonitorParticipantState")
                .header("X-Amz-Bearer", token).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(mode + " refused: " + response.statusCode() + " " + response.body());
        }
    }
}
