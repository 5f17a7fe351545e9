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

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Benchmark;

/**
 * Snapshot change to long-poll answer. N agents each hold a {@code GetAgentSnapshot} long poll over HTTPS (one
 * connection per agent, as N worker instances would); the benchmark changes one agent's snapshot at a time (an
 * inbound call offered to it, then the caller hanging up, alternately) and measures, per change, the time from
 * just before the state-changing call into the engine ({@code SandboxControl.placeCall} / {@code hangUp}) until the
 * client holds that agent's complete response body. The agent's next poll is sent at once, so every other agent's
 * poll stays held throughout. Changes are paced one at a time (closed loop); warm-up changes are discarded. Client
 * and server share the JVM and its 2 cores.
 */
@Tag(Benchmark.TAG)
class LongPollBenchmark {

    private static final String PASSWORD = "bench-password";

    @Test
    void wakeupLatency() throws Exception {
        Benchmark benchmark = new Benchmark();
        benchmark.latency("sandbox.longpoll_wakeup_1_agent", measure(1, 500, 3000));
        benchmark.latency("sandbox.longpoll_wakeup_1000_agents", measure(1000, 1000, 4000));
        benchmark.publish();
    }

    private static long[] measure(int agents, int warmups, int samples) throws Exception {
        Sandbox.Builder builder = Sandbox.builder().ringTimeout(Duration.ofMinutes(10));
        for (int i = 0; i < agents; i++) {
            builder.agent(AgentSpec.of(name(i), PASSWORD, "Bench Agent " + i).withInitialState("Available"));
        }
        try (Sandbox sandbox = builder.start()) {
            HttpClient http = CtiClient.http(sandbox);
            List<Poller> pollers = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                pollers.add(new Poller(sandbox, http, name(i)));
            }
            // open the connections in batches, as agents signing in over a few seconds would
            for (int first = 0; first < agents; first += 50) {
                int started = Math.min(agents, first + 50);
                pollers.subList(first, started).forEach(Poller::poll);
                Await.until(Duration.ofSeconds(60), () -> sandbox.control().heldPolls() == started,
                        () -> "held polls: " + sandbox.control().heldPolls() + " of " + started + ", failures "
                                + Poller.FAILURES.get() + " " + Poller.LAST_FAILURE.get());
            }
            long[] measured = new long[samples];
            String[] contacts = new String[agents];
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            for (int i = -warmups; i < samples; i++) {
                assertTrue(System.nanoTime() < deadline, "the benchmark ran out of time");
                int index = Math.floorMod(i, agents);
                Poller poller = pollers.get(index);
                CompletableFuture<Long> answered = poller.nextAnswer();
                long start = System.nanoTime();
                if (contacts[index] == null) {
                    contacts[index] = sandbox.control().placeCall("+14255550100", null, poller.username);
                } else {
                    sandbox.control().hangUp(contacts[index]);
                    contacts[index] = null;
                }
                long received = answered.get(10, TimeUnit.SECONDS);
                if (i >= 0) {
                    measured[i] = received - start;
                }
            }
            assertEquals(agents, sandbox.control().agents().size());
            assertTrue(Poller.FAILURES.get() < Poller.MAX_RETRIES, () -> "failed polls: " + Poller.LAST_FAILURE.get());
            System.out.printf("%d agents: %d polls retried (last failure: %s)%n", agents, Poller.FAILURES.getAndSet(0),
                    Poller.LAST_FAILURE.getAndSet(null));
            return measured;
        }
    }

    private static String name(int i) {
        return String.format("bench%04d", i);
    }

    /** One agent's long-poll loop: each answer completes the pending future and sends the next poll at once. */
    private static final class Poller {

        final String username;
        private final HttpClient http;
        private final Sandbox sandbox;
        private final String token;
        private String nextToken;
        private CompletableFuture<Long> pending = new CompletableFuture<>();
        static final int MAX_RETRIES = 50;
        static final java.util.concurrent.atomic.AtomicInteger FAILURES = new java.util.concurrent.atomic.AtomicInteger();
        static final java.util.concurrent.atomic.AtomicReference<String> LAST_FAILURE =
                new java.util.concurrent.atomic.AtomicReference<>();

        Poller(Sandbox sandbox, HttpClient http, String username) throws Exception {
            this.sandbox = sandbox;
            this.http = http;
            this.username = username;
            HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve(
                    "/auth/authorize")).header("Cookie", sandbox.login(username, PASSWORD).cookieHeader()).build(),
                    HttpResponse.BodyHandlers.ofString());
            this.token = JsonParser.parseString(authorized.body()).getAsJsonObject().get("accessToken").getAsString();
            HttpResponse<String> first = http.send(request(null), HttpResponse.BodyHandlers.ofString());
            this.nextToken = JsonParser.parseString(first.body()).getAsJsonObject().get("nextToken").getAsString();
        }

        synchronized CompletableFuture<Long> nextAnswer() {
            return pending;
        }

        void poll() {
            http.sendAsync(request(nextToken), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                if (error != null || response.statusCode() != 200) {
                    // a pooled connection the server closed while idle: retried at once, as the worker retries a
                    // failed poll (bounded)
                    LAST_FAILURE.set(error != null ? error.toString() : response.statusCode() + " " + response.body());
                    if (FAILURES.incrementAndGet() < MAX_RETRIES) {
                        poll();
                    }
                    return;
                }
                CompletableFuture<Long> done;
                synchronized (this) {
                    done = pending;
                    pending = new CompletableFuture<>();
                    nextToken = JsonParser.parseString(response.body()).getAsJsonObject().get("nextToken").getAsString();
                }
                poll();
                done.complete(now);
            });
        }

        private HttpRequest request(String after) {
            JsonObject body = new JsonObject();
            JsonObject authentication = new JsonObject();
            authentication.addProperty("authToken", token);
            body.add("authentication", authentication);
            body.addProperty("timeout", 60_000);
            if (after != null) {
                body.addProperty("nextToken", after);
            }
            return HttpRequest.newBuilder(sandbox.baseUri().resolve("/api")).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AmazonConnectCTIService.GetAgentSnapshot").header("X-Amz-Bearer", token)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        }
    }
}
