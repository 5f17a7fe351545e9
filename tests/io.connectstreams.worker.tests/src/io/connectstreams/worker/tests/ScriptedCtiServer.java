/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.testing.TestCertificate;

/**
 * A CTI back end on loopback that answers what a test scripts, including what the sandbox cannot produce on
 * purpose (truncated JSON, huge bodies, delays): a real HTTP server for the worker's bad-input tests, or a real
 * HTTPS server with a generated certificate the test's client trusts explicitly.
 */
final class ScriptedCtiServer implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, String body, Duration delay) {

        static Answer ok(String body) {
            return new Answer(200, body, Duration.ZERO);
        }

        static Answer error(int status, String type, String message) {
            JsonObject json = new JsonObject();
            json.addProperty("__type", type);
            json.addProperty("message", message);
            return new Answer(status, json.toString(), Duration.ZERO);
        }
    }

    /** One request as received. */
    record Received(String target, String bearer, JsonObject body) {
    }

    private final Server server;
    private final Map<String, Queue<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> defaults = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();
    private final java.util.concurrent.atomic.AtomicInteger authorizations = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    private volatile boolean sessionValid = true;

    private final boolean tls;

    ScriptedCtiServer() throws Exception {
        this(null);
    }

    /** @param certificate serve HTTPS with this certificate, or plain HTTP when {@code null} */
    ScriptedCtiServer(TestCertificate certificate) throws Exception {
        tls = certificate != null;
        server = new Server();
        ServerConnector connector;
        if (tls) {
            SslContextFactory.Server sslContextFactory = new SslContextFactory.Server();
            sslContextFactory.setSslContext(certificate.serverContext());
            connector = new ServerConnector(server, sslContextFactory);
        } else {
            connector = new ServerConnector(server);
        }
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getHttpURI().getPath().equals("/auth/authorize")) {
                    return authorize(request, response, callback);
                }
                String target = request.getHeaders().get("X-Amz-Target");
                String op = target == null ? "none" : target.substring(target.indexOf('.') + 1);
                String text = Content.Source.asString(request, StandardCharsets.UTF_8);
                received.add(new Received(target, request.getHeaders().get("X-Amz-Bearer"),
                        text == null || text.isEmpty() ? new JsonObject()
                                : JsonParser.parseString(text).getAsJsonObject()));
                Queue<Answer> script = scripts.get(op);
                Answer answer = script != null && !script.isEmpty() ? script.poll() : defaults.get(op);
                if (answer == null) {
                    answer = Answer.error(400, "UnknownOperationException", "not scripted: " + op);
                }
                Answer chosen = answer;
                delays.schedule(() -> {
                    response.setStatus(chosen.status());
                    response.getHeaders().put("Content-Type", "application/x-amz-json-1.0");
                    Content.Sink.write(response, true, chosen.body(), callback);
                }, chosen.delay().toMillis(), TimeUnit.MILLISECONDS);
                return true;
            }
        });
        server.start();
    }

    /** The login session cookie accepted by the authorize endpoint. */
    static final String SESSION_COOKIE = "session=valid";

    private boolean authorize(Request request, Response response, Callback callback) {
        String cookie = request.getHeaders().get("Cookie");
        if (!sessionValid || cookie == null || !cookie.contains(SESSION_COOKIE)) {
            response.setStatus(401);
            Content.Sink.write(response, true, "{\"message\":\"no session\"}", callback);
            return true;
        }
        int n = authorizations.incrementAndGet();
        java.time.Instant expiration = java.time.Instant.now().plus(tokenLifetime);
        response.setStatus(200);
        Content.Sink.write(response, true, "{\"accessToken\":\"token-" + n + "\",\"expiration\":"
                + expiration.getEpochSecond() + "." + String.format("%03d", expiration.getNano() / 1_000_000) + "}",
                callback);
        return true;
    }

    int authorizations() {
        return authorizations.get();
    }

    void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    void sessionValid(boolean valid) {
        sessionValid = valid;
    }

    URI instanceUrl() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:"
                + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    }

    /** Answers in order, then the default. */
    void script(String operation, Answer... answers) {
        scripts.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    void byDefault(String operation, Answer answer) {
        defaults.put(operation, answer);
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        delays.shutdownNow();
    }
}
