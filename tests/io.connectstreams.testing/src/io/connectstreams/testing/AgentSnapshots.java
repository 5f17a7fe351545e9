/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;

/**
 * Builds agent snapshots for tests: an agent state (constants for the usual ones) and contacts in given states,
 * with an agent connection that follows the contact's state and an inbound customer connection. Feed them to a
 * {@link SnapshotPlayer} to publish Streams' events on the real bus.
 */
public final class AgentSnapshots {

    public static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    public static final AgentState AVAILABLE = new AgentState("arn:state/available", AgentStateType.ROUTABLE,
            "Available", T0);
    public static final AgentState BUSY = new AgentState(null, AgentStateType.SYSTEM, "Busy", T0);
    public static final AgentState ACW = new AgentState(null, AgentStateType.SYSTEM, "AfterCallWork", T0);
    public static final AgentState OFFLINE = new AgentState("arn:state/offline", AgentStateType.OFFLINE,
            "Offline", T0);
    public static final AgentState LUNCH = new AgentState("arn:state/lunch", AgentStateType.NOT_ROUTABLE,
            "Lunch", T0);
    public static final AgentState MISSED = new AgentState(null, AgentStateType.ERROR, "MissedCallAgent", T0);

    private static int sequence;

    private AgentSnapshots() {
    }

    /** @return Jane Doe's configuration: queue BasicQueue, states Available, Offline, Lunch */
    public static AgentConfiguration configuration() {
        Queue basic = new Queue("arn:queue/basic", "BasicQueue");
        return new AgentConfiguration("Jane Doe", "jane", true, false, null,
                new RoutingProfile("Basic", "arn:rp/basic", basic, List.of(basic), Map.of()), Map.of(), "arn:agent/jane",
                List.of("outboundCall"), List.of(AVAILABLE, OFFLINE, LUNCH), List.of("US"));
    }

    /**
     * @param state the agent state
     * @param contacts the contacts
     * @return a snapshot one second after the previous one
     */
    public static AgentSnapshot agent(AgentState state, ContactSnapshot... contacts) {
        return agent(state, null, contacts);
    }

    /**
     * @param state the agent state
     * @param next the enqueued next state, may be {@code null}
     * @param contacts the contacts
     * @return a snapshot one second after the previous one
     */
    public static AgentSnapshot agent(AgentState state, AgentState next, ContactSnapshot... contacts) {
        Instant at = T0.plusSeconds(++sequence);
        return new AgentSnapshot(state, next, null, at, at, List.of(contacts), configuration());
    }

    /**
     * @param contactId the contact id
     * @param state the contact state
     * @return a softphone voice contact whose agent connection follows the contact state
     */
    public static ContactSnapshot voice(String contactId, ContactStateType state) {
        return contact(contactId, ContactType.VOICE, state);
    }

    /**
     * @param contactId the contact id
     * @param type the contact type
     * @param state the contact state
     * @return a softphone contact of that type whose agent connection follows the contact state
     */
    public static ContactSnapshot contact(String contactId, ContactType type, ContactStateType state) {
        ConnectionStateType agentLeg = switch (state) {
            case CONNECTING, INCOMING, PENDING -> ConnectionStateType.CONNECTING;
            case CONNECTED -> ConnectionStateType.CONNECTED;
            default -> ConnectionStateType.DISCONNECTED;
        };
        List<ConnectionSnapshot> connections = new ArrayList<>();
        connections.add(new ConnectionSnapshot(contactId, contactId + "-agent", ConnectionType.AGENT, false,
                new ConnectionState(agentLeg, T0), null,
                new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, null, "ctx", "{}"), false, false, null,
                null, null));
        connections.add(new ConnectionSnapshot(contactId, contactId + "-customer", ConnectionType.INBOUND, true,
                new ConnectionState(ConnectionStateType.CONNECTED, T0), Endpoint.byPhoneNumber("+14255550100"), null,
                false, false, null, null, null));
        return new ContactSnapshot(contactId, contactId, null, type, new ContactState(state, T0.plusSeconds(sequence)),
                new Queue("arn:queue/basic", "BasicQueue"), T0, Map.of(), null, null, null,
                Endpoint.byPhoneNumber("+14255550100"), connections);
    }
}
