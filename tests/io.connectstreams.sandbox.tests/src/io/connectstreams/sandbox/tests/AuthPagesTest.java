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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;

/**
 * Sign-in as a browser and as a program: the login page, the session cookie's attributes, {@code /ccp-v2},
 * {@code /auth/authorize} and {@code /logout}.
 */
class AuthPagesTest {

    private Sandbox sandbox;
    private HttpClient http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        http = CtiClient.http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUri().resolve(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String form) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void browserSignInSetsASecureSessionCookie() throws Exception {
        HttpResponse<String> ccp = get("/ccp-v2", null);
        assertEquals(302, ccp.statusCode());
        assertEquals("/login?redirect=/ccp-v2", java.net.URI.create(ccp.headers().firstValue("Location").orElseThrow())
                .getRawPath() + "?" + java.net.URI.create(ccp.headers().firstValue("Location").orElseThrow()).getRawQuery());

        HttpResponse<String> page = get("/login?redirect=/ccp-v2", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\" action=\"/login\">"));
        assertTrue(page.body().contains("name=\"password\" type=\"password\""));

        HttpResponse<String> wrong = postForm("username=jane&password=wrong&redirect=%2Fccp-v2");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong username or password."));
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());

        HttpResponse<String> signedIn = postForm("username=jane&password=jane-sandbox&redirect=%2Fccp-v2");
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/ccp-v2"));
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(Sandbox.SESSION_COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> ccpPage = get("/ccp-v2", cookie);
        assertEquals(200, ccpPage.statusCode());
        assertTrue(ccpPage.body().contains("<strong>jane</strong>"));

        HttpResponse<String> offSite = postForm("username=jane&password=jane-sandbox&redirect=%2F%2Fevil.example");
        assertTrue(offSite.headers().firstValue("Location").orElseThrow().endsWith("/ccp-v2"),
                "never redirects to another site");
    }

    @Test
    void authorizeTradesTheSessionForATokenAsTheServiceDoes() throws Exception {
        HttpResponse<String> anonymous = get("/auth/authorize", null);
        assertEquals(401, anonymous.statusCode());

        SandboxLogin login = sandbox.login("john", "john-sandbox");
        HttpResponse<String> authorized = get("/auth/authorize", login.cookieHeader());
        assertEquals(200, authorized.statusCode());
        JsonObject json = JsonParser.parseString(authorized.body()).getAsJsonObject();
        assertFalse(json.get("accessToken").getAsString().isEmpty());
        String expiration = json.get("expiration").getAsString();
        assertTrue(expiration.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), expiration);
        assertTrue(Instant.parse(expiration).isAfter(Instant.now()));
        assertEquals("no-store", authorized.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(login.toString().contains(login.cookieValue()));
    }

    @Test
    void programmaticSignInReturnsTheCookie() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/auth/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ana\",\"password\":\"ana-sandbox\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(Sandbox.SESSION_COOKIE, json.get("cookieName").getAsString());
        String cookie = Sandbox.SESSION_COOKIE + "=" + json.get("cookieValue").getAsString();
        assertEquals(200, get("/auth/authorize", cookie).statusCode());

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/auth/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ana\",\"password\":\"nope\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertThrows(IllegalArgumentException.class, () -> sandbox.login("ana", "nope"));
    }

    @Test
    void logoutEndsTheSessionAndRevokesItsTokens() throws Exception {
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("GetAgentConfiguration").ok();
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/logout"))
                .header("Cookie", jane.login.cookieHeader()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, logout.statusCode());
        List<String> cleared = logout.headers().allValues("Set-Cookie");
        assertTrue(cleared.get(0).startsWith(Sandbox.SESSION_COOKIE + "=;") && (cleared.get(0).contains("Max-Age=0") || cleared.get(0).contains("Expires=Thu, 01 Jan 1970")),
                cleared.toString());
        assertEquals(401, get("/auth/authorize", jane.login.cookieHeader()).statusCode());
        assertEquals(401, jane.call("GetAgentConfiguration").status());
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertEquals(404, get("/nothing-here", null).statusCode());
    }
}
