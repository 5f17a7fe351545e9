/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package com.example.crm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * A CRM developer's first test, written only against the test kit and the Connect Streams API: when a customer
 * calls, the agent's CRM sees the contact ringing with the caller's number (the screen pop); the agent accepts,
 * talks, and the customer hangs up.
 */
@ExtendWith(ContactCenterExtension.class)
class ScreenPopTest {

    private static final String CALLER = "+14255550100";

    @Test
    void aCallPopsTheCallersNumber(ContactCenter center) {
        // what a CRM does: listen to new contacts through Streams, and pop the caller's record
        List<String> poppedNumbers = new CopyOnWriteArrayList<>();
        try (Subscription screenPop = center.streams()
                .contact(contact -> poppedNumbers.add(contact.getCustomerEndpoint().phoneNumber()))) {
            CustomerContact call = center.customerCalls(CALLER, "Support");

            Contact ringing = call.awaitRinging();
            assertEquals(CALLER, ringing.getCustomerEndpoint().phoneNumber());
            center.await(() -> poppedNumbers.contains(CALLER), "the screen pop of " + CALLER);

            call.accept();
            assertEquals(ContactStateType.CONNECTED, call.awaitConnected().getState().type());

            call.hangUp();
            call.awaitEnded();
            call.clear();
            assertTrue(call.seenByAgent().isEmpty(), "the call is gone from the agent's contacts");
        }
    }
}
