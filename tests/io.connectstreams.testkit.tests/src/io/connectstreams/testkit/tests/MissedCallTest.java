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

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * A call that rings out: the sandbox's ring timeout, set through the kit.
 */
class MissedCallTest {

    @RegisterExtension
    static final ContactCenterExtension CENTER = ContactCenterExtension.builder()
            .ringTimeout(Duration.ofSeconds(1)).build();

    @Test
    void aCallNobodyAnswersIsMissed(ContactCenter center) {
        CustomerContact call = center.customerCalls("+442079460000");

        assertEquals("+442079460000", call.awaitMissed().getCustomerEndpoint().phoneNumber());
        center.events().await(ContactEvents.MISSED, center.timeout());
    }
}
