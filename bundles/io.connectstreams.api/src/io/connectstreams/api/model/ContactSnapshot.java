/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The frozen data of one contact; Streams' {@code ContactSnapshot}.
 *
 * @param contactId the contact id
 * @param initialContactId the first contact of a transfer chain, may be {@code null}
 * @param relatedContactId a related contact, may be {@code null}
 * @param type the channel
 * @param state the contact state
 * @param queue the queue it came through, may be {@code null}
 * @param queueTimestamp when it was queued, may be {@code null}
 * @param attributes contact attributes, name to value
 * @param name task/email name, may be {@code null}
 * @param description description, may be {@code null}
 * @param initiationMethod how it was started
 * @param customerEndpoint the customer's endpoint, may be {@code null}
 * @param connections the connections, agent leg included
 */
public record ContactSnapshot(String contactId, String initialContactId, String relatedContactId, ContactType type,
        ContactState state, Queue queue, Instant queueTimestamp, Map<String, String> attributes, String name,
        String description, ContactInitiationMethod initiationMethod, Endpoint customerEndpoint,
        List<ConnectionSnapshot> connections) {

    /** Validates identifiers; copies the collections. */
    public ContactSnapshot {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        connections = connections == null ? List.of() : List.copyOf(connections);
        initiationMethod = initiationMethod == null ? ContactInitiationMethod.UNKNOWN : initiationMethod;
    }

    /**
     * @return Streams' {@code getAgentConnection()}: the connection of type agent or monitoring
     */
    public Optional<ConnectionSnapshot> agentConnection() {
        return connections.stream().filter(ConnectionSnapshot::isAgentConnection).findFirst();
    }

    /**
     * @return Streams' {@code getInitialConnection()}
     */
    public Optional<ConnectionSnapshot> initialConnection() {
        return connections.stream().filter(ConnectionSnapshot::initial).findFirst();
    }

    /**
     * @return Streams' {@code getThirdPartyConnections()}: neither initial nor the agent's
     */
    public List<ConnectionSnapshot> thirdPartyConnections() {
        return connections.stream().filter(c -> !c.initial() && !c.isAgentConnection()).toList();
    }

    /**
     * @return Streams' {@code getActiveConnections()}
     */
    public List<ConnectionSnapshot> activeConnections() {
        return connections.stream().filter(ConnectionSnapshot::isActive).toList();
    }

    /**
     * @param connectionId a connection id
     * @return that connection of this contact
     */
    public Optional<ConnectionSnapshot> connection(String connectionId) {
        return connections.stream().filter(c -> c.connectionId().equals(connectionId)).findFirst();
    }

    /**
     * @return Streams' {@code isSoftphoneCall()}: voice or queue callback with softphone media on some connection
     */
    public boolean isSoftphoneCall() {
        return isVoice() && connections.stream().anyMatch(c -> c.softphoneMediaInfo() != null);
    }

    /**
     * @return whether the type is voice or queue_callback (Streams' {@code connect.voiceContactTypes})
     */
    public boolean isVoice() {
        return type == ContactType.VOICE || type == ContactType.QUEUE_CALLBACK;
    }

    /**
     * @return Streams' {@code isInbound()}: the initial connection is inbound (for tasks and email: not initiated
     *         {@code outbound})
     */
    public boolean isInbound() {
        if (type == ContactType.TASK || type == ContactType.EMAIL) {
            return initiationMethod != ContactInitiationMethod.OUTBOUND;
        }
        return initialConnection().map(c -> c.type() == ConnectionType.INBOUND).orElse(false);
    }

    /**
     * @return Streams' {@code isConnected()}: the contact state is connected
     */
    public boolean isConnected() {
        return state.type() == ContactStateType.CONNECTED;
    }

    /**
     * @return whether the state is one of Streams' {@code CONTACT_ACTIVE_STATES} (paused, incoming, pending,
     *         connecting, connected)
     */
    public boolean isActive() {
        return switch (state.type()) {
            case PAUSED, INCOMING, PENDING, CONNECTING, CONNECTED -> true;
            default -> false;
        };
    }

    /**
     * @return Streams' {@code isAutoAcceptEnabled()} for voice: the agent connection's softphone media info says so
     */
    public boolean isAutoAcceptEnabled() {
        return agentConnection().map(ConnectionSnapshot::softphoneMediaInfo).map(SoftphoneMediaInfo::autoAccept)
                .orElse(false);
    }
}
