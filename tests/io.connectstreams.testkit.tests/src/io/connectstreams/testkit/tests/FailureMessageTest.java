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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * A wait that is not met fails at the kit's timeout with what was awaited and what was seen instead.
 */
class FailureMessageTest {

    @RegisterExtension
    static final ContactCenterExtension CENTER = ContactCenterExtension.builder().timeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aCallThatKeepsRingingIsNotMissed(ContactCenter center) {
        CustomerContact call = center.customerCalls("+14255550100");
        call.awaitRinging();

        AssertionError failure = assertThrows(AssertionError.class, call::awaitMissed);

        String message = failure.getMessage();
        assertTrue(message.startsWith("timed out after 5000 ms waiting for the agent to see the call from"
                + " +14255550100 (contact " + call.contactId() + ") missed (now "), message);
    }

    @Test
    void aStateTheAgentDoesNotHaveIsNamed(ContactCenter center) {
        AssertionError failure = assertThrows(AssertionError.class, () -> center.agentGoes("Napping"));

        assertTrue(failure.getMessage().startsWith("jane has no agent state Napping"), failure.getMessage());
    }
}
