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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * The kit with its defaults ({@code @ExtendWith}): jane signed in through the real Streams service, Available.
 */
@ExtendWith(ContactCenterExtension.class)
class CallScenarioTest {

    private static final String CUSTOMER = "+14255550100";

    @Test
    void theAgentIsSignedInAndAvailable(ContactCenter center) {
        assertTrue(center.streams().isInitialized());
        assertEquals("Jane Doe", center.agent().getName());
        assertEquals("Available", center.agent().getState().name());
        assertEquals("127.0.0.1", center.sandbox().baseUri().getHost());
        assertEquals("https", center.sandbox().baseUri().getScheme());
    }

    @Test
    void aCustomerCallsIsAnsweredAndHangsUp(ContactCenter center) {
        CustomerContact call = center.customerCalls(CUSTOMER, "Support");

        Contact ringing = call.awaitRinging();
        assertEquals(ContactType.VOICE, ringing.getType());
        assertEquals(CUSTOMER, ringing.getCustomerEndpoint().phoneNumber());
        assertEquals("Support", ringing.getQueue().name());

        call.accept();
        call.awaitConnected();
        call.hangUp();
        call.awaitEnded();
        call.clear();
        assertFalse(call.seenByAgent().isPresent());

        center.events().await(ContactEvents.DESTROYED, center.timeout());
        assertTrue(center.events().names().contains(ContactEvents.CONNECTED), center.events().names().toString());
    }

    @Test
    void theContactFlowsAttributesReachTheAgent(ContactCenter center) {
        CustomerContact call = center.customerCalls(CUSTOMER, null, Map.of("accountId", "A-1001"));

        assertEquals("A-1001", call.awaitRinging().getAttributes().get("accountId").value());
    }

    @Test
    void aTaskArrivesAndIsAccepted(ContactCenter center) {
        CustomerContact task = center.taskArrives("Call Mrs Lee back about her claim");

        Contact offered = task.awaitRinging();
        assertEquals(ContactType.TASK, offered.getType());
        assertEquals("Call Mrs Lee back about her claim", offered.getName().orElseThrow());
        task.accept();
        task.awaitConnected();
    }

    @Test
    void aSupervisorBargesIntoTheCall(ContactCenter center) {
        CustomerContact call = center.customerCalls(CUSTOMER);
        call.accept();
        call.awaitConnected();

        center.supervisor("sam").barge(call);

        assertTrue(call.awaitConnected().isUnderSupervision());
    }

    @Test
    void anInjectedFaultFailsTheAgentsRequestOnce(ContactCenter center) {
        CustomerContact call = center.customerCalls("+14255550100");
        center.faults().failNextCalls(500, 1, "AcceptContact");
        assertEquals(1, center.faults().pending().size(), center.faults().pending().toString());

        AssertionError refused = assertThrows(AssertionError.class, call::accept);
        assertTrue(refused.getMessage().contains("accept of the call from +14255550100"), refused.getMessage());

        assertTrue(center.faults().pending().isEmpty(), center.faults().pending().toString());
        call.accept();
        call.awaitConnected();
    }
}
