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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;

/**
 * An agent acts only on its own contacts: another agent's contact answers 400 {@code ResourceNotFoundException},
 * as a contact that does not exist (Amazon Connect does not tell an agent about contacts that are not its own).
 */
class ContactOwnershipTest {

    private Sandbox sandbox;
    private CtiClient jane;
    private CtiClient john;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        john = CtiClient.signIn(sandbox, "john", "john-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void notFound(CtiClient.Reply reply) {
        assertEquals("ResourceNotFoundException", ErrorShape.assertError(400, reply.status(), reply.body()));
    }

    @Test
    void anotherAgentsTaskCannotBePausedOrResumed() throws Exception {
        john.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String taskId = john.call("CreateTaskContact", "name", "Call back", "endpoint",
                "{\"type\":\"agent\",\"agentLogin\":\"john\"}").ok().json().get("contactId").getAsString();
        notFound(jane.call("AcceptContact", "contactId", taskId));
        john.call("AcceptContact", "contactId", taskId).ok();
        notFound(jane.call("PauseContact", "contactId", taskId));
        john.call("PauseContact", "contactId", taskId).ok();
        notFound(jane.call("ResumeContact", "contactId", taskId));
        john.call("ResumeContact", "contactId", taskId).ok();
    }

    @Test
    void anotherAgentsCallRefusesEveryContactOperation() throws Exception {
        john.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String contactId = sandbox.control().placeCall("+14255550100", null, "john");
        String[][] operations = {{"AcceptContact"}, {"RejectContact"}, {"ClearContact"}, {"CompleteContact"},
            {"PauseContact"}, {"ResumeContact"}, {"ConferenceConnections"}, {"NotifyContactIssue"},
            {"UpdateMonitorParticipantState", "targetMonitorMode", "BARGE"},
            {"TransferContact", "endpoint", "{\"type\":\"queue\",\"queue\":{\"queueARN\":\"q\"}}"},
            {"SendSoftphoneCallMetrics", "softphoneStreamStatistics", "[]"},
            {"SendSoftphoneCallReport", "report", "{}"}};
        for (String[] operation : operations) {
            String[] members = new String[operation.length + 1];
            members[0] = "contactId";
            members[1] = contactId;
            System.arraycopy(operation, 1, members, 2, operation.length - 1);
            notFound(jane.call(operation[0], members));
        }
        john.call("AcceptContact", "contactId", contactId).ok();
    }
}
