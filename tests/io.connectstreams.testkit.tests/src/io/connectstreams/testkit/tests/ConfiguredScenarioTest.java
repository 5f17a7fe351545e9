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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectstreams.api.model.ContactType;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * The kit configured in a field ({@code @RegisterExtension}): another agent, and callees that answer when
 * told.
 */
class ConfiguredScenarioTest {

    @RegisterExtension
    static final ContactCenterExtension CENTER = ContactCenterExtension.builder().agent("john")
            .calleesAnswerManually().build();

    @Test
    void theConfiguredAgentIsSignedIn(ContactCenter center) {
        assertEquals("john", center.username());
        assertEquals("John Smith", center.agent().getName());
    }

    @Test
    void aCallbackDialsTheCustomerWhoAnswers(ContactCenter center) {
        CustomerContact callback = center.callbackDue("+14255550142");

        assertEquals(ContactType.QUEUE_CALLBACK, callback.awaitRinging().getType());
        callback.accept();
        callback.answer();
        callback.awaitConnected();
        callback.hangUp();
        callback.awaitEnded();
    }
}
