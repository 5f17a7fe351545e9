/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.sandbox.TaskReference;

/**
 * A contact: its state, queue, connections, the agent it is offered to, and the media and timers around it. Mutable;
 * guarded by the engine's lock.
 */
final class Contact {

    /** Where the contact is in its life; the wire states follow from it. */
    enum Phase {
        /** Waiting in its queue for an agent. */
        QUEUED,
        /** Offered to an agent: ringing (voice, {@code connecting}) or {@code incoming} (callback). */
        OFFERED,
        /** The agent is on the line and the customer is being dialed (outbound call, accepted callback). */
        DIALING,
        /** Agent and customer are connected (or on hold). */
        TALKING,
        /** Ended for the agent: after-call work until cleared. */
        AFTER_CALL_WORK,
        /**
         * The agent did not answer in time; shown until cleared. A contact that went back to its queue leaves this
         * phase to the agent's {@linkplain #missedView(long) view} of it.
         */
        MISSED,
        /** A scheduled task before its time: not yet in its queue. */
        SCHEDULED
    }

    final String id;
    final String initialContactId;
    final ContactType type;
    final String initiationMethod;
    final QueueRef queue;
    final long createdAt;
    final String customerNumber;
    final String targetAgent;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Connection> connections = new ArrayList<>();
    /** The supervisors' {@code monitoring} connections, apart: the agent's own operations never see them. */
    final List<Connection> monitors = new ArrayList<>();
    final List<Runnable> byeSenders = new ArrayList<>();
    final List<String> mediaEvents = new ArrayList<>();
    /** A task's references, by name. */
    final Map<String, TaskReference> references = new LinkedHashMap<>();
    String name;
    String description;
    /** The contact a task was created for ({@code relatedContactId}), else {@code null}. */
    String relatedContactId;
    /** The id every contact of a related group shares, {@code null} for a contact on its own. */
    String contactAssociationId;
    /** The instance's number the customer dialled (or the agent calls from), {@code null} for a task. */
    String systemNumber;
    /** When a scheduled task is due, epoch seconds as {@code CreateTaskContact} gives it, else {@code null}. */
    Long scheduledTime;
    ContactStateType state;
    long stateSince;
    long queueTimestamp;
    String agent;
    String mediaState = "none";
    Phase phase = Phase.QUEUED;
    ScheduledFuture<?> ringTimer;
    ScheduledFuture<?> answerTimer;
    /** How often the contact was missed and went back to its queue. */
    int reroutes;

    Contact(String id, String initialContactId, ContactType type, String initiationMethod, QueueRef queue,
            String customerNumber, String targetAgent, long now) {
        this.id = id;
        this.initialContactId = initialContactId == null ? id : initialContactId;
        this.type = type;
        this.initiationMethod = initiationMethod;
        this.queue = queue;
        this.customerNumber = customerNumber;
        this.targetAgent = targetAgent;
        this.createdAt = now;
        this.state = ContactStateType.INIT;
        this.stateSince = now;
        this.queueTimestamp = now;
    }

    /**
     * The missed offer as the agent who missed it keeps seeing it (same id, {@code missed}, its connections
     * disconnected) while this contact goes back to its queue: the current connections move to the view.
     *
     * @param now the time of the miss
     * @return the view, for the agent's contacts only (not the engine's contact index)
     */
    Contact missedView(long now) {
        Contact view = new Contact(id, initialContactId, type, initiationMethod, queue, customerNumber, targetAgent,
                createdAt);
        view.attributes.putAll(attributes);
        view.references.putAll(references);
        view.name = name;
        view.description = description;
        view.relatedContactId = relatedContactId;
        view.contactAssociationId = contactAssociationId;
        view.systemNumber = systemNumber;
        view.scheduledTime = scheduledTime;
        view.queueTimestamp = queueTimestamp;
        view.agent = agent;
        view.mediaState = mediaState;
        view.mediaEvents.addAll(mediaEvents);
        view.state = state;
        view.stateSince = stateSince;
        view.phase = Phase.MISSED;
        view.moveTo(ContactStateType.MISSED, now);
        connections.forEach(connection -> connection.moveTo(ConnectionStateType.DISCONNECTED, now));
        view.connections.addAll(connections);
        connections.clear();
        return view;
    }

    /**
     * @return the routing channel whose concurrency the contact takes: {@code VOICE} for calls and callbacks
     */
    ChannelType channel() {
        return switch (type) {
            case TASK -> ChannelType.TASK;
            case CHAT -> ChannelType.CHAT;
            default -> ChannelType.VOICE;
        };
    }

    void moveTo(ContactStateType newState, long now) {
        if (state != newState) {
            state = newState;
            stateSince = now;
        }
    }

    Optional<Connection> agentConnection() {
        return connections.stream().filter(connection -> connection.type == ConnectionType.AGENT).findFirst();
    }

    Optional<Connection> initialConnection() {
        return connections.stream().filter(connection -> connection.initial).findFirst();
    }

    Optional<Connection> connection(String connectionId) {
        return connections.stream().filter(connection -> connection.id.equals(connectionId)).findFirst();
    }

    List<Connection> activeCustomerSide() {
        return connections.stream().filter(connection -> connection.type != ConnectionType.AGENT)
                .filter(Connection::isActive).toList();
    }

    boolean isActive() {
        return phase != Phase.AFTER_CALL_WORK && phase != Phase.MISSED;
    }

    void cancelTimers() {
        if (ringTimer != null) {
            ringTimer.cancel(false);
            ringTimer = null;
        }
        if (answerTimer != null) {
            answerTimer.cancel(false);
            answerTimer = null;
        }
    }
}
