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

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.sandbox.Sandbox;

/**
 * The request recorder keeps a few KiB of each request, whatever its size, so that big bodies (client logs up to
 * the 1 MB limit) do not pile up in the heap; small ones are kept whole.
 */
class RecorderCapTest {

    /** What the recorder may keep of one request's body. */
    private static final int MAX_DETAIL = 4096;

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void bigBodiesAreCutSmallOnesKeptWhole() throws Exception {
        String message = "log line \u00e9\u20ac\ud83d\ude00 \"quoted\"\n".repeat(32_000);
        JsonObject body = new JsonObject();
        JsonArray events = new JsonArray();
        JsonObject event = new JsonObject();
        event.addProperty("component", "ccp");
        event.addProperty("message", message);
        events.add(event);
        body.add("logEvents", events);
        assertTrue(body.toString().getBytes(StandardCharsets.UTF_8).length > 900_000, "a body of almost 1 MB");
        for (int i = 0; i < 5; i++) {
            jane.call("SendClientLogs", body).ok();
        }
        jane.call("SendClientLogs", "logEvents", "[{\"component\":\"ccp\",\"message\":\"small\"}]").ok();

        List<RecordedAction> logs = sandbox.control().records().stream()
                .filter(record -> record.action().equals("SendClientLogs")).toList();
        assertEquals(6, logs.size());
        for (RecordedAction record : logs.subList(0, 5)) {
            assertTrue(record.detailJson().length() <= MAX_DETAIL, "kept " + record.detailJson().length());
            JsonObject detail = JsonParser.parseString(record.detailJson()).getAsJsonObject();
            assertTrue(detail.get("truncated").getAsBoolean(), record.detailJson());
            assertTrue(detail.get("length").getAsInt() > 800_000, record.detailJson());
        }
        JsonObject small = JsonParser.parseString(logs.get(5).detailJson()).getAsJsonObject();
        assertEquals("small", small.getAsJsonArray("logEvents").get(0).getAsJsonObject().get("message").getAsString());
    }
}
