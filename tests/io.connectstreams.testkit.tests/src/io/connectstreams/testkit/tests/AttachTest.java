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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * The scenario API over a session somebody else signed in (here the extension; in an application its own sign-in
 * service): closing it leaves the session and the sandbox alone.
 */
@ExtendWith(ContactCenterExtension.class)
class AttachTest {

    @Test
    void anAttachedContactCenterDrivesTheSessionAndLeavesItRunning(ContactCenter owner) {
        try (ContactCenter attached = ContactCenter.attach(owner.sandbox(), owner.streams(), owner.timeout())) {
            assertEquals("jane", attached.username());
            CustomerContact call = attached.customerCalls("+14255550100");
            call.accept();
            call.awaitConnected();
            call.hangUp();
            call.clear();
            attached.faults().failNextCalls(503, 1, "GetAgentSnapshot");
        }

        assertTrue(owner.streams().isInitialized(), "the session outlives the attached contact center");
        assertTrue(owner.faults().pending().isEmpty(), owner.faults().pending().toString());
        CustomerContact second = owner.customerCalls("+14255550101");
        assertEquals("+14255550101", second.awaitRinging().getCustomerEndpoint().phoneNumber());
    }
}
