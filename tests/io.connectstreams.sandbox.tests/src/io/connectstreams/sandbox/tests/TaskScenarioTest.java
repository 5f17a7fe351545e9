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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TaskReference;

/**
 * Whole tasks as the agent's long-polled snapshots show them, snapshot by snapshot: a task's life (offered, accepted,
 * paused, resumed, ended, after-contact work, completed), and a task beside a call (the routing profile takes one
 * voice contact and one task at once).
 */
class TaskScenarioTest {

    private static final String AVAILABLE = "Available/routable";

    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aTaskIsOfferedAcceptedPausedResumedEndedAndCompleted() throws Exception {
        sandbox = Sandbox.builder().start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String taskId = jane.call("CreateTaskContact", "name", "Call the customer back", "endpoint",
                    "{\"type\":\"agent\",\"agentLogin\":\"jane\"}", "references",
                    "{\"Case\":{\"type\":\"URL\",\"value\":\"https://crm.example/cases/7\"}}").ok().json()
                    .get("contactId").getAsString();
            watcher.await("PendingBusy/system | C1 task connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C1 task connected [agent:connected inbound:connected]");
            jane.call("PauseContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C1 task paused [agent:connected inbound:connected]");
            jane.call("ResumeContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C1 task connected [agent:connected inbound:connected]");
            jane.call("DestroyConnection", "contactId", taskId, "connectionId",
                    watcher.connectionId("C1", "agent", false)).ok();
            watcher.await("AfterCallWork/system | C1 task ended [agent:disconnected inbound:disconnected]");
            jane.call("CompleteContact", "contactId", taskId).ok();
            watcher.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 task connecting [agent:connecting inbound:connected]",
                    "Busy/system | C1 task connected [agent:connected inbound:connected]",
                    "Busy/system | C1 task paused [agent:connected inbound:connected]",
                    "Busy/system | C1 task connected [agent:connected inbound:connected]",
                    "AfterCallWork/system | C1 task ended [agent:disconnected inbound:disconnected]",
                    AVAILABLE), watcher.history());
        }
    }

    @Test
    void aTaskIsOfferedBesideACallAndOutlivesIt() throws Exception {
        sandbox = Sandbox.builder().calleesAnswerManually().start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String call = sandbox.control().placeCall("+14255550100", null, "jane");
            watcher.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", call).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]");
            String taskId = sandbox.control().placeTask("Check the order", "Order 1234",
                    Map.of("Order", TaskReference.url("https://shop.example/orders/1234")), "Support", "jane");
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]"
                    + " | C2 task connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]"
                    + " | C2 task connected [agent:connected inbound:connected]");
            jane.call("PauseContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]"
                    + " | C2 task paused [agent:connected inbound:connected]");
            sandbox.control().hangUp(call);
            watcher.await("Busy/system | C1 voice ended [agent:disconnected inbound:disconnected]"
                    + " | C2 task paused [agent:connected inbound:connected]");
            jane.call("ClearContact", "contactId", call).ok();
            watcher.await("Busy/system | C2 task paused [agent:connected inbound:connected]");
            jane.call("ResumeContact", "contactId", taskId).ok();
            watcher.await("Busy/system | C2 task connected [agent:connected inbound:connected]");
            jane.call("DestroyConnection", "contactId", taskId, "connectionId",
                    watcher.connectionId("C2", "agent", false)).ok();
            watcher.await("AfterCallWork/system | C2 task ended [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", taskId).ok();
            watcher.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]"
                            + " | C2 task connecting [agent:connecting inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]"
                            + " | C2 task connected [agent:connected inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]"
                            + " | C2 task paused [agent:connected inbound:connected]",
                    "Busy/system | C1 voice ended [agent:disconnected inbound:disconnected]"
                            + " | C2 task paused [agent:connected inbound:connected]",
                    "Busy/system | C2 task paused [agent:connected inbound:connected]",
                    "Busy/system | C2 task connected [agent:connected inbound:connected]",
                    "AfterCallWork/system | C2 task ended [agent:disconnected inbound:disconnected]",
                    AVAILABLE), watcher.history());
        }
    }
}
