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

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.connectstreams.sandbox.Sandbox;

/**
 * The service leaves out the members it has no value for: no snapshot of a scenario that touches every kind of
 * contact (inbound call with a consult, outbound call, callback, task) carries an explicit JSON {@code null}.
 */
class SnapshotNullsTest {

    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void noSnapshotOfAWholeShiftCarriesAnExplicitNull() throws Exception {
        sandbox = Sandbox.builder().calleesAnswerManually().start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        Set<String> nullPaths = new TreeSet<>();
        int walked = 0;
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await("Offline/offline");
            jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
            String call = sandbox.control().placeCall("+14255550100", null, "jane");
            watcher.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", call).ok();
            String endpointArn = headOffice(jane);
            jane.call("CreateAdditionalConnection", "contactId", call, "endpoint",
                    "{\"type\":\"phone_number\",\"endpointARN\":\"" + endpointArn + "\"}").ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:hold outbound:connecting]");
            sandbox.control().hangUp(call);
            jane.call("DestroyConnection", "contactId", call, "connectionId",
                    watcher.connectionId("C1", "agent", false)).ok();
            watcher.await("AfterCallWork/system | C1 voice ended "
                    + "[agent:disconnected inbound:disconnected outbound:disconnected]");
            jane.call("PutAgentState", "state", "{\"type\":\"not_routable\",\"name\":\"Break\"}",
                    "enqueueNextState", "true").ok();
            jane.call("ClearContact", "contactId", call).ok();
            watcher.await("Break/not_routable");
            jane.call("CreateOutboundContact", "endpoint",
                    "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550199\"}").ok();
            watcher.await("CallingCustomer/system | C2 voice connecting [agent:connecting outbound:connecting]");
            String outbound = watcher.contactId("C2");
            sandbox.control().answer(outbound);
            sandbox.control().hangUp(outbound);
            watcher.await("AfterCallWork/system | C2 voice ended [agent:disconnected outbound:disconnected]");
            jane.call("ClearContact", "contactId", outbound).ok();
            jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
            String callback = sandbox.control().placeCallback("+14255550100", "Support", "jane");
            watcher.await("PendingBusy/system | C3 queue_callback incoming [agent:connecting inbound:connected]");
            jane.call("RejectContact", "contactId", callback).ok();
            watcher.await("Available/routable");
            String task = jane.call("CreateTaskContact", "name", "Follow up", "endpoint",
                    "{\"type\":\"agent\",\"agentLogin\":\"jane\"}", "relatedContactId", call, "scheduledTime",
                    Long.toString(System.currentTimeMillis() / 1000), "references",
                    "{\"Case\":{\"type\":\"URL\",\"value\":\"https://crm.example/7\"}}").ok().json()
                    .get("contactId").getAsString();
            watcher.await("PendingBusy/system | C4 task connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", task).ok();
            jane.call("PauseContact", "contactId", task).ok();
            watcher.await("Busy/system | C4 task paused [agent:connected inbound:connected]");
            for (JsonObject snapshot : watcher.snapshots()) {
                collectNulls(snapshot, "snapshot", nullPaths);
                walked++;
            }
        }
        assertTrue(walked >= 10, "snapshots walked: " + walked);
        assertEquals(Set.of(), nullPaths, "members with an explicit null (" + nullPaths.size() + " paths)");
    }

    private static String headOffice(CtiClient agent) throws Exception {
        JsonObject configuration = agent.call("GetAgentConfiguration").ok().json().getAsJsonObject("configuration");
        String queueArn = configuration.getAsJsonObject("routingProfile").getAsJsonObject("defaultOutboundQueue")
                .get("queueARN").getAsString();
        for (JsonElement endpoint : agent.call("GetEndpoints", "queueARNs", "[\"" + queueArn + "\"]").ok().json()
                .getAsJsonArray("endpoints")) {
            if ("Head office".equals(endpoint.getAsJsonObject().get("name").getAsString())) {
                return endpoint.getAsJsonObject().get("endpointARN").getAsString();
            }
        }
        throw new AssertionError("no Head office quick connect");
    }

    /** Adds the path of every explicit null under {@code element}; list indexes are written {@code []}. */
    static void collectNulls(JsonElement element, String path, Set<String> paths) {
        if (element.isJsonNull()) {
            paths.add(path);
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> collectNulls(item, path + "[]", paths));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                collectNulls(member.getValue(), path + "." + member.getKey(), paths);
            }
        }
    }
}
