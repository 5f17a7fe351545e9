/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import java.util.List;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.testing.AgentSnapshots;

/**
 * Contacts of {@link AgentSnapshots} with the caller this test needs: its number (or none), and its direction.
 */
final class Callers {

    private Callers() {
    }

    /**
     * @param contactId the contact
     * @param type voice or queue callback
     * @param state the contact's state
     * @param phoneNumber the customer's number as the contact center sends it, {@code null} for a withheld number
     * @return the contact, inbound
     */
    static ContactSnapshot call(String contactId, ContactType type, ContactStateType state, String phoneNumber) {
        Endpoint endpoint = new Endpoint(null, EndpointType.PHONE_NUMBER, phoneNumber, phoneNumber, null, null);
        return withCustomer(AgentSnapshots.contact(contactId, type, state), endpoint, ConnectionType.INBOUND);
    }

    /**
     * @param contactId the contact
     * @param state the contact's state
     * @param phoneNumber the dialed number
     * @return a voice contact the agent dialed
     */
    static ContactSnapshot outbound(String contactId, ContactStateType state, String phoneNumber) {
        return withCustomer(AgentSnapshots.voice(contactId, state), Endpoint.byPhoneNumber(phoneNumber),
                ConnectionType.OUTBOUND);
    }

    private static ContactSnapshot withCustomer(ContactSnapshot base, Endpoint endpoint, ConnectionType direction) {
        List<ConnectionSnapshot> connections = base.connections().stream()
                .map(c -> c.initial() ? new ConnectionSnapshot(c.contactId(), c.connectionId(), direction, true,
                        c.state(), endpoint, c.softphoneMediaInfo(), c.mute(), c.forcedMute(), c.quickConnectName(),
                        c.monitorCapabilities(), c.monitorStatus()) : c)
                .toList();
        return new ContactSnapshot(base.contactId(), base.initialContactId(), base.relatedContactId(), base.type(),
                base.state(), base.queue(), base.queueTimestamp(), base.attributes(), base.name(), base.description(),
                base.initiationMethod(), endpoint, connections);
    }
}
