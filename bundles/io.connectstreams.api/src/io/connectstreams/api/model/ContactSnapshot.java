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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The frozen data of one contact; Streams' {@code ContactSnapshot}. Components are named as the snapshot's members;
 * a member the back end left out is {@code null} (scalars), empty (collections) or {@link ContactFeatures#NONE}.
 *
 * @param contactId the contact id
 * @param initialContactId the first contact of a transfer chain, may be {@code null}
 * @param relatedContactId a related contact, may be {@code null}
 * @param type the channel
 * @param state the contact state
 * @param queue the queue it came through, may be {@code null}
 * @param queueTimestamp when it was queued, may be {@code null}
 * @param attributes contact attributes by key, each with its name and value (Streams' {@code getAttributes()})
 * @param name task/email name, may be {@code null}
 * @param description description, may be {@code null}
 * @param initiationMethod how it was started
 * @param customerEndpoint the customer's endpoint, may be {@code null}
 * @param connections the connections, agent leg included
 * @param contactAssociationId the id shared by the contacts of one email conversation, may be {@code null}
 * @param contactDuration how long the contact has lasted (the wire sends whole seconds as a string), may be
 *            {@code null}
 * @param references references by name (links, attachments, numbers...)
 * @param segmentAttributes segment attributes by key, for example {@code connect:Subtype}
 * @param contactFeatures what the contact supports, never {@code null}
 * @param connectSystemEndpoint the system endpoint the customer dialled or was reached from, may be {@code null}
 */
public record ContactSnapshot(String contactId, String initialContactId, String relatedContactId, ContactType type,
        ContactState state, Queue queue, Instant queueTimestamp, Map<String, ContactAttribute> attributes,
        String name, String description, ContactInitiationMethod initiationMethod, Endpoint customerEndpoint,
        List<ConnectionSnapshot> connections, String contactAssociationId, Duration contactDuration,
        Map<String, Reference> references, Map<String, SegmentAttributeValue> segmentAttributes,
        ContactFeatures contactFeatures, Endpoint connectSystemEndpoint) {

    /** The segment attribute holding the contact's subtype (Streams' {@code getContactSubtype()}). */
    public static final String SUBTYPE_ATTRIBUTE = "connect:Subtype";

    /** Validates identifiers; copies the collections. */
    public ContactSnapshot {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        connections = connections == null ? List.of() : List.copyOf(connections);
        initiationMethod = initiationMethod == null ? ContactInitiationMethod.UNKNOWN : initiationMethod;
        references = references == null ? Map.of() : Map.copyOf(references);
        segmentAttributes = segmentAttributes == null ? Map.of() : Map.copyOf(segmentAttributes);
        contactFeatures = contactFeatures == null ? ContactFeatures.NONE : contactFeatures;
    }

    /**
     * A contact without the members Streams added after its first versions (association, duration, references,
     * segment attributes, features, system endpoint).
     *
     * @param contactId the contact id
     * @param initialContactId the first contact of a transfer chain, may be {@code null}
     * @param relatedContactId a related contact, may be {@code null}
     * @param type the channel
     * @param state the contact state
     * @param queue the queue it came through, may be {@code null}
     * @param queueTimestamp when it was queued, may be {@code null}
     * @param attributes contact attributes by key
     * @param name task/email name, may be {@code null}
     * @param description description, may be {@code null}
     * @param initiationMethod how it was started
     * @param customerEndpoint the customer's endpoint, may be {@code null}
     * @param connections the connections, agent leg included
     */
    public ContactSnapshot(String contactId, String initialContactId, String relatedContactId, ContactType type,
            ContactState state, Queue queue, Instant queueTimestamp, Map<String, ContactAttribute> attributes,
            String name, String description, ContactInitiationMethod initiationMethod, Endpoint customerEndpoint,
            List<ConnectionSnapshot> connections) {
        this(contactId, initialContactId, relatedContactId, type, state, queue, queueTimestamp, attributes, name,
                description, initiationMethod, customerEndpoint, connections, null, null, null, null, null, null);
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
     * @return Streams' {@code getActiveInitialConnection()}: the initial connection while it is active
     */
    public Optional<ConnectionSnapshot> activeInitialConnection() {
        return initialConnection().filter(ConnectionSnapshot::isActive);
    }

    /**
     * @return Streams' {@code getSingleActiveThirdPartyConnection()}: the first active third-party connection
     */
    public Optional<ConnectionSnapshot> singleActiveThirdPartyConnection() {
        return thirdPartyConnections().stream().filter(ConnectionSnapshot::isActive).findFirst();
    }

    /**
     * @return Streams' {@code hasTwoActiveParticipants()}: exactly two connections are active
     */
    public boolean hasTwoActiveParticipants() {
        return activeConnections().size() == 2;
    }

    /**
     * @return Streams' {@code getContactSubtype()}: the {@code connect:Subtype} segment attribute's value
     */
    public Optional<String> contactSubtype() {
        return Optional.ofNullable(segmentAttributes.get(SUBTYPE_ATTRIBUTE)).map(SegmentAttributeValue::valueString);
    }

    /**
     * @return Streams' {@code isMultiPartyConferenceEnabled()}
     */
    public boolean isMultiPartyConferenceEnabled() {
        return contactFeatures.multiPartyConferenceEnabled();
    }

    /**
     * Streams' {@code isUnderSupervision()}: a connection that is not of type {@code agent} is barging and active.
     * As in Streams, a barging supervisor's own contact (whose leg is of type {@code monitoring}) counts too.
     *
     * @return whether a supervisor barged in
     */
    public boolean isUnderSupervision() {
        return connections.stream().anyMatch(c -> c.type() != ConnectionType.AGENT && c.isBarge() && c.isActive());
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
