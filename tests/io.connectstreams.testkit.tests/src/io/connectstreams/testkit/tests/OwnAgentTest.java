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

import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;

/**
 * A sandbox with an agent of the test's own, signed in with its own password.
 */
class OwnAgentTest {

    @RegisterExtension
    static final ContactCenterExtension CENTER = ContactCenterExtension.builder()
            .sandbox(sandbox -> sandbox.agent(AgentSpec.of("amy", "amy-password", "Amy Lee")))
            .agent("amy", "amy-password").build();

    @Test
    void theTestsOwnAgentIsSignedInAndTakesACall(ContactCenter center) {
        assertEquals("Amy Lee", center.agent().getName());
        assertEquals("+14255550100", center.customerCalls("+14255550100").accept().getCustomerEndpoint()
                .phoneNumber());
    }
}
