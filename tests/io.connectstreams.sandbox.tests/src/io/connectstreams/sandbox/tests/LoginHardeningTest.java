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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;

/**
 * The login page against a hostile browser or page: the {@code redirect} after sign-in stays on the sandbox, the
 * {@code Host} header must name the sandbox (DNS rebinding), sign-in forms need their content type (a cross-site
 * form cannot post JSON), and a username cannot forge log lines.
 */
class LoginHardeningTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Sandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String host() {
        return "127.0.0.1:" + sandbox.port();
    }

    private RawHttp.Answer get(String path, String host) throws Exception {
        return RawHttp.send(sandbox, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                TIMEOUT);
    }

    private RawHttp.Answer post(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(sandbox, "POST " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "Content-Length: "
                + bytes.length + "\r\nConnection: close\r\n\r\n" + body, TIMEOUT);
    }

    private static String form(String username, String password, String redirect) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&redirect="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
    }

    @Test
    void redirectAfterSignInStaysOnTheSandbox() throws Exception {
        for (String hostile : List.of("/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example",
                "/%09/evil.example", "/ /evil.example", "/\u3000/evil.example", "/ccp-v2/../..//evil.example",
                "/.//evil.example", "javascript:alert(1)", "/\r\nSet-Cookie: x=1")) {
            RawHttp.Answer signedIn = post("/login", "application/x-www-form-urlencoded",
                    form("jane", "jane-sandbox", hostile));
            assertEquals(303, signedIn.status(), hostile + ": " + signedIn.head());
            String location = signedIn.header("Location");
            assertTrue("/ccp-v2".equals(location) || ("https://" + host() + "/ccp-v2").equals(location),
                    hostile + " -> " + location);

            RawHttp.Answer page = get("/login?redirect=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), host());
            assertEquals(200, page.status());
            assertTrue(page.body().contains("name=\"redirect\" value=\"/ccp-v2\""), hostile);
        }
        RawHttp.Answer local = post("/login", "application/x-www-form-urlencoded",
                form("jane", "jane-sandbox", "/ccp-v2?view=compact"));
        assertTrue(local.header("Location").endsWith("/ccp-v2?view=compact"), local.header("Location"));
    }

    @Test
    void hostHeaderMustNameTheSandbox() throws Exception {
        assertEquals(200, get("/login", host()).status());
        assertEquals(200, get("/login", "localhost:" + sandbox.port()).status());
        assertEquals(200, get("/login", "LocalHost:" + sandbox.port()).status());
        for (String other : List.of("evil.example", "evil.example:" + sandbox.port(), "127.0.0.1",
                "127.0.0.1:" + (sandbox.port() + 1), "127.0.0.2:" + sandbox.port(), "localhost.:" + sandbox.port(),
                "127.0.0.1:" + sandbox.port() + "@evil.example", "[::1]:" + sandbox.port())) {
            for (String path : List.of("/login", "/auth/authorize", "/ws", "/control/status", Sandbox.SIGNALING_PATH)) {
                RawHttp.Answer refused = get(path, other);
                assertTrue(refused.status() >= 400 && refused.status() < 500, other + " " + path + ": "
                        + refused.head());
                assertFalse(refused.body().contains("<form"), other);
            }
        }
        RawHttp.Answer cti = RawHttp.send(sandbox, "POST /api HTTP/1.1\r\nHost: rebound.example:" + sandbox.port()
                + "\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: AmazonConnectCTIService."
                + "GetAgentStates\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", TIMEOUT);
        assertEquals(421, cti.status(), cti.head());
        ErrorShape.assertError(421, cti.status(), cti.body());
    }

    @Test
    void signInFormsNeedTheirContentType() throws Exception {
        for (String type : new String[] {null, "text/plain", "multipart/form-data; boundary=x", "application/json"}) {
            RawHttp.Answer refused = post("/login", type, form("jane", "jane-sandbox", "/ccp-v2"));
            assertEquals(415, refused.status(), type + ": " + refused.head());
            assertNull(refused.header("Set-Cookie"), type);
        }
        assertEquals(303, post("/login", "application/x-www-form-urlencoded; charset=UTF-8",
                form("jane", "jane-sandbox", "/ccp-v2")).status());
        String json = "{\"username\":\"jane\",\"password\":\"jane-sandbox\"}";
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded"}) {
            RawHttp.Answer refused = post("/auth/sign-in", type, json);
            ErrorShape.assertError(415, refused.status(), refused.body());
            assertNull(refused.header("Set-Cookie"), type);
        }
        assertEquals(200, post("/auth/sign-in", "application/json", json).status());
    }

    @Test
    void usernameCannotForgeLogLines() throws Exception {
        Logger logger = Logger.getLogger("io.connectstreams.sandbox.internal.server.AuthHandler");
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            String forged = "mallory\r\nINFO: sign-in accepted for user admin\u001b[2J\u2028";
            assertEquals(401, post("/login", "application/x-www-form-urlencoded", form(forged, "x", "/ccp-v2"))
                    .status());
            Await.until(Duration.ofSeconds(5), () -> !lines.isEmpty(), () -> "no sign-in log record");
            for (String line : lines) {
                assertFalse(line.contains("\r") || line.contains("\n") || line.contains("\u001b")
                        || line.contains("\u2028"), line);
                assertTrue(line.contains("mallory"), line);
            }
        } finally {
            logger.removeHandler(capture);
        }
    }
}
