/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.testing.AgentSnapshots;

/**
 * The names API: the number a host looks a party up by, and the resolver's published bounds.
 */
class PartyNamesTest {

    @Test
    void thePartyIsLookedUpByTheCustomersNumber() {
        ContactSnapshot call = AgentSnapshots.voice("c-1", ContactStateType.CONNECTING);
        assertEquals(Optional.of("+14255550100"), PartyNames.phoneNumber(call));
    }

    @Test
    void withoutACustomerEndpointTheInitialConnectionsNumberCountsWithoutItsSipParts() {
        ContactSnapshot call = AgentSnapshots.voice("c-2", ContactStateType.CONNECTED);
        ConnectionSnapshot customer = call.initialConnection().orElseThrow();
        ConnectionSnapshot sip = new ConnectionSnapshot(customer.contactId(), customer.connectionId(),
                customer.type(), true, customer.state(), Endpoint.byPhoneNumber("sip:+14255550123@example.com", null),
                null, false, false, null, null, null);
        ContactSnapshot withoutCustomer = copy(call, null, List.of(call.agentConnection().orElseThrow(), sip));
        assertEquals(Optional.of("+14255550123"), PartyNames.phoneNumber(withoutCustomer));
    }

    @Test
    void aContactWithoutANumberHasNone() {
        ContactSnapshot call = AgentSnapshots.contact("c-3", ContactType.TASK, ContactStateType.CONNECTED);
        ContactSnapshot task = copy(call, null, List.of(call.agentConnection().orElseThrow()));
        assertTrue(PartyNames.phoneNumber(task).isEmpty());
    }

    @Test
    void theResolverIsBounded() {
        assertTrue(ContactNames.TIMEOUT.toMillis() > 0 && ContactNames.TIMEOUT.toSeconds() <= 5,
                "a lookup never holds a name back for long");
        assertTrue(ContactNames.CAPACITY > 0);
    }

    private static ContactSnapshot copy(ContactSnapshot contact, Endpoint customer,
            List<ConnectionSnapshot> connections) {
        return new ContactSnapshot(contact.contactId(), contact.initialContactId(), null, contact.type(),
                contact.state(), contact.queue(), contact.queueTimestamp(), Map.of(), null, null,
                contact.initiationMethod(), customer, connections);
    }
}
