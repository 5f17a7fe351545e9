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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;

/**
 * A CTI client for the tests, speaking the wire protocol as Streams does: {@code POST /api} with
 * {@code X-Amz-Target}, {@code X-Amz-Bearer} and {@code authentication.authToken} in the body, over HTTPS trusting
 * exactly the sandbox's certificate.
 */
final class CtiClient {

    static final Duration TIMEOUT = Duration.ofSeconds(70);

    final Sandbox sandbox;
    final HttpClient http;
    final SandboxLogin login;
    String token;
    String refreshToken;

    private CtiClient(Sandbox sandbox, HttpClient http, SandboxLogin login) {
        this.sandbox = sandbox;
        this.http = http;
        this.login = login;
    }

    /** Signs in and authorizes as the given agent. */
    static CtiClient signIn(Sandbox sandbox, String username, String password) throws IOException, InterruptedException {
        CtiClient client = new CtiClient(sandbox, http(sandbox), sandbox.login(username, password));
        client.authorize();
        return client;
    }

    static HttpClient http(Sandbox sandbox) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sandbox.isHttps()) {
            builder.sslContext(sandbox.clientSslContext());
        }
        return builder.build();
    }

    /** {@code GET /auth/authorize} with the session cookie; keeps the tokens. */
    HttpResponse<String> authorize() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/auth/authorize"))
                .header("Cookie", login.cookieHeader()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
            token = json.get("accessToken").getAsString();
            refreshToken = json.get("refreshToken").getAsString();
        }
        return response;
    }

    URI uri(String path) {
        return sandbox.baseUri().resolve(path);
    }

    /** An operation with {@code authentication} added to the body. */
    Reply call(String operation, JsonObject body) throws IOException, InterruptedException {
        JsonObject request = body.deepCopy();
        JsonObject authentication = new JsonObject();
        authentication.addProperty("authToken", token);
        request.add("authentication", authentication);
        return raw(operation, token, request.toString());
    }

    /** An operation with {@code authentication} and the given members. */
    Reply call(String operation, String... members) throws IOException, InterruptedException {
        return call(operation, Json.object(members));
    }

    /** An operation exactly as given. */
    Reply raw(String operation, String bearer, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (operation != null) {
            request.header("X-Amz-Target", "AmazonConnectCTIService." + operation);
        }
        if (bearer != null) {
            request.header("X-Amz-Bearer", bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    /**
     * An answer.
     *
     * @param status HTTP status
     * @param body the body
     * @param response the whole response
     */
    record Reply(int status, String body, HttpResponse<String> response) {

        JsonObject json() {
            JsonElement element = JsonParser.parseString(body);
            return element.getAsJsonObject();
        }

        String errorType() {
            return json().get("__type").getAsString();
        }

        Reply ok() {
            if (status != 200) {
                throw new AssertionError("expected 200, got " + status + " " + body);
            }
            return this;
        }
    }
}
