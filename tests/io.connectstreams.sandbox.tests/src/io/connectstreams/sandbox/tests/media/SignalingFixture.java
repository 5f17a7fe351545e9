/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.signaling.IceOptions;
import io.connectstreams.sandbox.internal.signaling.SignalingService;
import io.connectstreams.sandbox.internal.signaling.SignalingTimeouts;
import io.connectstreams.testing.Await;

/**
 * A real signaling endpoint for one test: Jetty on 127.0.0.1 with TLS (a generated certificate the client trusts
 * explicitly), the {@link SignalingService} mounted at /LilyRTC as the sandbox server mounts it, {@link TestCalls}
 * as the routing engine, and an {@link HttpClient} for {@link RtcClient}s.
 */
final class SignalingFixture implements AutoCloseable {

    static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
    static final Duration BYE_WAIT = Duration.ofSeconds(2);
    static final Duration MEDIA_WAIT = Duration.ofSeconds(10);

    private static final AtomicInteger CLIENT_THREADS = new AtomicInteger();

    final TestCalls calls = new TestCalls();
    final SignalingService service;
    final Clock clock = Clock.systemUTC();
    private final Server server;
    private final ServerConnector connector;
    private final ExecutorService clientThreads;
    private final HttpClient http;

    SignalingFixture() throws Exception {
        this(SignalingTimeouts.defaults());
    }

    SignalingFixture(SignalingTimeouts timeouts) throws Exception {
        this(timeouts, true);
    }

    SignalingFixture(SignalingTimeouts timeouts, boolean persistentConnections) throws Exception {
        TestCertificate certificate = new TestCertificate();
        service = new SignalingService(calls, IceOptions.hostCandidates(), timeouts, clock, persistentConnections);
        server = new Server();
        HttpConfiguration https = new HttpConfiguration();
        https.addCustomizer(new SecureRequestCustomizer());
        connector = new ServerConnector(server, new SslConnectionFactory(certificate.serverContext(), "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(service.handler(server));
        server.start();
        clientThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-signaling-client-" + CLIENT_THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http = HttpClient.newBuilder().sslContext(certificate.clientContext()).executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Connects as connect-rtc does for a new call. */
    RtcClient connect(String contactId, String callContextToken) throws Exception {
        return RtcClient.connect(http, uri("callId=" + encode(contactId) + "&contactCtx=" + encode(callContextToken)));
    }

    /** Connects as connect-rtc does to resume a call after the socket dropped. */
    RtcClient reconnect(String contactId, String clientToken) throws Exception {
        return RtcClient.connect(http, uri("callId=" + encode(contactId) + "&clientToken=" + encode(clientToken)));
    }

    URI uri(String query) {
        return URI.create("wss://127.0.0.1:" + connector.getLocalPort() + SignalingService.PATH + "?" + query);
    }

    HttpClient http() {
        return http;
    }

    ServerConnector connector() {
        return connector;
    }

    /**
     * Runs connect-rtc's happy path up to talking: invite with the agent's offer, apply the answer, accept, receive
     * the client token.
     *
     * @return the client token
     */
    String establish(TestCall call, AgentPeer agent, RtcClient client) throws Exception {
        String inviteId = client.invite(agent.createOffer(), call.token());
        JsonObject response = client.awaitResponse(inviteId, ANSWER_WAIT);
        if (!response.has("result")) {
            throw new AssertionError("invite failed: " + response);
        }
        agent.applyAnswer(response.getAsJsonObject("result"));
        client.request("accept", new JsonObject());
        String token = client.awaitMethod("renewClientToken", BYE_WAIT).getAsJsonObject("params").get("clientToken")
                .getAsString();
        Await.until(BYE_WAIT, () -> call.started() == 1, "mediaStarted");
        return token;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        try {
            service.close();
        } finally {
            server.stop();
            clientThreads.shutdownNow();
        }
    }
}
