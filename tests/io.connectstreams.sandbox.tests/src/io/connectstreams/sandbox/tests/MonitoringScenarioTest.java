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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;

/**
 * A monitored call as the agent's and the supervisor's long-polled snapshots show it: the exact sequence of both,
 * from a silent monitor through barging to the supervisor leaving while the call goes on.
 */
class MonitoringScenarioTest {

    private static final String AVAILABLE = "Available/routable";
    private static final String TRAINING = "Training/not_routable";
    private static final String TALKING = "Busy/system | C1 voice connected [agent:connected inbound:connected]";

    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static String nextToken(CtiClient agent) throws Exception {
        return agent.call("GetAgentSnapshot", "timeout", "0").ok().json().get("nextToken").getAsString();
    }

    @Test
    void silentThenBargeThenLeave() throws Exception {
        sandbox = Sandbox.builder().calleesAnswerManually().start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        CtiClient sam = CtiClient.signIn(sandbox, "sam", "sam-sandbox");
        try (SnapshotWatcher agent = new SnapshotWatcher(jane); SnapshotWatcher supervisor = new SnapshotWatcher(sam)) {
            agent.await("Offline/offline");
            supervisor.await("Offline/offline");
            sam.call("PutAgentState", "state", "{\"type\":\"not_routable\",\"name\":\"Training\"}").ok();
            supervisor.await(TRAINING);
            jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
            agent.await(AVAILABLE);
            String contactId = sandbox.control().placeCall("+14255550100");
            agent.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", contactId).ok();
            agent.await(TALKING);

            String janesToken = nextToken(jane);
            String monitor = sandbox.control().monitor(contactId, "sam");
            supervisor.await(TRAINING
                    + " | C1 voice connected [monitoring:silent_monitor agent:connected inbound:connected]");
            assertEquals(janesToken, nextToken(jane), "a silent monitor is no change for the agent");

            sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE").ok();
            supervisor.await(TRAINING + " | C1 voice connected [monitoring:barge agent:connected inbound:connected]");
            agent.await("Busy/system | C1 voice connected [agent:connected inbound:connected monitoring:barge]");

            sam.call("DestroyConnection", "contactId", contactId, "connectionId", monitor).ok();
            supervisor.await(TRAINING);
            agent.await(TALKING);

            // the call went on without the supervisor
            sandbox.control().hangUp(contactId);
            agent.await("AfterCallWork/system | C1 voice ended [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", contactId).ok();
            agent.await(AVAILABLE);

            assertEquals(List.of("Offline/offline", AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]", TALKING,
                    "Busy/system | C1 voice connected [agent:connected inbound:connected monitoring:barge]", TALKING,
                    "AfterCallWork/system | C1 voice ended [agent:disconnected inbound:disconnected]", AVAILABLE),
                    agent.history());
            assertEquals(List.of("Offline/offline", TRAINING,
                    TRAINING + " | C1 voice connected [monitoring:silent_monitor agent:connected inbound:connected]",
                    TRAINING + " | C1 voice connected [monitoring:barge agent:connected inbound:connected]", TRAINING),
                    supervisor.history());
        }
    }
}
