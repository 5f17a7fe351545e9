/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.connectstreams.api.Contact;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.testkit.Supervisor;

/**
 * What the UI tests play with the kit beyond a plain call: a supervisor who listens silently first and barges in
 * later, then listens again; a call to another agent that a supervisor monitors; a task with a description and
 * references.
 */
@ExtendWith(ContactCenterExtension.class)
class SupervisorScenarioTest {

    private static final String CUSTOMER = "+14255550100";

    @Test
    void aSupervisorListensBargesInLaterAndListensAgain(ContactCenter center) {
        CustomerContact call = center.customerCalls(CUSTOMER);
        call.accept();
        call.awaitConnected();
        Supervisor sam = center.supervisor("sam");

        sam.monitor(call);
        assertTrue(center.sandbox().control().contactsJson().contains("\"silent_monitor\""),
                center.sandbox().control().contactsJson());
        // once monitoring, barging is a change of mode, not a second monitor (which the sandbox refuses)
        sam.barge(call);
        assertTrue(call.awaitConnected().isUnderSupervision());
        sam.listenOnly(call);
        assertFalse(call.awaitConnected().isUnderSupervision());
        assertTrue(center.sandbox().control().contactsJson().contains("\"silent_monitor\""),
                center.sandbox().control().contactsJson());
    }

    @Test
    void aSupervisorMonitorsAnotherAgentsCallOnceItIsConnected(ContactCenter center) {
        center.sandbox().control().addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent")
                .withSoftphone(false, "+12065550199").withAutoAccept(true).withInitialState("Available"));

        // placed and monitored at once: the desk agent has not accepted yet, the supervisor waits until it has
        CustomerContact call = center.customerCallsAgent(CUSTOMER, "desk");
        String connection = center.supervisor("sam").monitor(call);

        assertFalse(connection.isBlank());
        assertTrue(center.sandbox().control().contactsJson().contains("\"silent_monitor\""),
                center.sandbox().control().contactsJson());
        assertFalse(call.seenByAgent().isPresent(), "the call is the desk agent's, not the signed-in agent's");
        call.hangUp();
    }

    @Test
    void aTaskArrivesWithItsDescriptionAndReferences(ContactCenter center) {
        Map<String, TaskReference> references = new LinkedHashMap<>();
        references.put("Invoice", TaskReference.url("https://crm.example.com/invoices/42"));
        references.put("Account", new TaskReference("STRING", "A-1001"));

        Contact task = center.taskArrives("Invoice 42", "She asked about invoice 42", references).awaitRinging();

        assertEquals("She asked about invoice 42", task.getDescription().orElseThrow());
        assertEquals(references.keySet(), task.getReferences().keySet());
    }
}
