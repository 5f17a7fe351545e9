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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.connectstreams.testing.Await;

/**
 * Long-polls an agent's snapshot the way the worker does ({@code GetAgentSnapshot} with the previous
 * {@code nextToken}) on its own thread, and records each distinct snapshot as a one-line summary: the agent state,
 * then every contact (named C1, C2, ... in order of appearance) with its type, state and connections, for example
 * {@code PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]}.
 */
final class SnapshotWatcher implements AutoCloseable {

    private final CtiClient client;
    private final Thread thread;
    private final List<String> history = new ArrayList<>();
    private final List<JsonObject> snapshots = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private volatile boolean running = true;
    private volatile JsonObject latest;
    private volatile Throwable failure;

    SnapshotWatcher(CtiClient client) {
        this.client = client;
        this.thread = new Thread(this::run, "cs-test-snapshot-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        String nextToken = null;
        try {
            while (running) {
                JsonObject body = new JsonObject();
                body.addProperty("timeout", 1000);
                if (nextToken != null) {
                    body.addProperty("nextToken", nextToken);
                }
                JsonObject answer = client.call("GetAgentSnapshot", body).ok().json();
                nextToken = answer.get("nextToken").getAsString();
                JsonObject snapshot = answer.getAsJsonObject("snapshot");
                latest = snapshot;
                String summary = summarize(snapshot);
                synchronized (history) {
                    snapshots.add(snapshot);
                    if (history.isEmpty() || !history.get(history.size() - 1).equals(summary)) {
                        history.add(summary);
                    }
                }
            }
        } catch (Throwable e) { // a failing poll ends the watcher; the test reports it
            failure = e;
        }
    }

    private String summarize(JsonObject snapshot) {
        JsonObject state = snapshot.getAsJsonObject("state");
        StringJoiner line = new StringJoiner(" | ");
        String next = !snapshot.has("nextState") || snapshot.get("nextState").isJsonNull() ? ""
                : " next=" + snapshot.getAsJsonObject("nextState").get("name").getAsString();
        line.add(state.get("name").getAsString() + "/" + state.get("type").getAsString() + next);
        for (JsonElement element : snapshot.getAsJsonArray("contacts")) {
            JsonObject contact = element.getAsJsonObject();
            String id = contact.get("contactId").getAsString();
            String label = labels.computeIfAbsent(id, key -> "C" + (labels.size() + 1));
            StringJoiner connections = new StringJoiner(" ", "[", "]");
            for (JsonElement connectionElement : contact.getAsJsonArray("connections")) {
                JsonObject connection = connectionElement.getAsJsonObject();
                connections.add(connection.get("type").getAsString() + ":"
                        + connection.getAsJsonObject("state").get("type").getAsString());
            }
            line.add(label + " " + contact.get("type").getAsString() + " "
                    + contact.getAsJsonObject("state").get("type").getAsString() + " " + connections);
        }
        return line.toString();
    }

    /** Waits until the latest snapshot's summary is {@code expected}. */
    void await(String expected) {
        Await.until(Duration.ofSeconds(10), () -> {
            if (failure != null) {
                throw new AssertionError("the snapshot long poll failed", failure);
            }
            synchronized (history) {
                return !history.isEmpty() && history.get(history.size() - 1).equals(expected);
            }
        }, () -> "snapshot summary " + expected + ", history " + history());
    }

    /** The distinct summaries seen so far, in order. */
    List<String> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** Every snapshot answered so far, in order (also those whose summary did not change). */
    List<JsonObject> snapshots() {
        synchronized (history) {
            return List.copyOf(snapshots);
        }
    }

    /** The latest snapshot. */
    JsonObject latest() {
        return latest;
    }

    /** The contact id behind a label ({@code C1}). */
    String contactId(String label) {
        return labels.entrySet().stream().filter(entry -> entry.getValue().equals(label)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no contact " + label + " seen"));
    }

    /** The connection id of a contact's connection of the given type in the latest snapshot. */
    String connectionId(String label, String type, boolean initial) {
        String contactId = contactId(label);
        for (JsonElement element : latest.getAsJsonArray("contacts")) {
            JsonObject contact = element.getAsJsonObject();
            if (contact.get("contactId").getAsString().equals(contactId)) {
                for (JsonElement connectionElement : contact.getAsJsonArray("connections")) {
                    JsonObject connection = connectionElement.getAsJsonObject();
                    if (connection.get("type").getAsString().equals(type)
                            && connection.get("initial").getAsBoolean() == initial) {
                        return connection.get("connectionId").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " connection on " + label);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
        if (thread.isAlive()) {
            throw new AssertionError("the snapshot watcher did not stop");
        }
    }
}
