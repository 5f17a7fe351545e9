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

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.sandbox.internal.engine.Contact.Phase;

/**
 * The customer side the control API plays: callers who call in, queued callbacks coming due, callers who hang up,
 * dialed parties who answer (by the control API or after the callee-answer delay), and transfers a contact flow
 * makes. Called with the engine's lock held.
 */
final class CallerSimulation {

    private final Directory directory;
    private final Map<String, Agent> agents;
    private final Map<String, Contact> contacts;
    private final EngineSettings settings;
    private final Routing routing;
    private final SignalingContract signaling;
    private final EngineHooks engine;

    /**
     * @param directory the queues
     * @param agents the engine's agents (a live view)
     * @param contacts the engine's contact index (a live view)
     * @param settings the callee-answer delay
     * @param routing where arriving contacts queue
     * @param signaling sends the server bye when a caller hangs up
     * @param engine the rest of the engine
     */
    CallerSimulation(Directory directory, Map<String, Agent> agents, Map<String, Contact> contacts,
            EngineSettings settings, Routing routing, SignalingContract signaling, EngineHooks engine) {
        this.directory = directory;
        this.agents = agents;
        this.contacts = contacts;
        this.settings = settings;
        this.routing = routing;
        this.signaling = signaling;
        this.engine = engine;
    }

    /**
     * Checks a caller's number before anything else; it needs no lock.
     *
     * @throws IllegalArgumentException when it is not E.164
     */
    static void requireCallerNumber(String number) {
        if (number == null || !number.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("caller number must be E.164, for example +14255550100");
        }
    }

    /**
     * A contact arrives in a queue ({@code BasicQueue} when {@code queueName} is {@code null}) with the attributes its
     * contact flow set.
     */
    String arrive(ContactType type, String method, String number, String queueName, String targetAgent,
            Map<String, String> attributes) {
        attributes.forEach((key, value) -> {
            if (key == null || key.isEmpty() || value == null) {
                throw new IllegalArgumentException("contact attributes need a key and a value");
            }
        });
        QueueRef queue = directory.queue(queueName == null ? "BasicQueue" : queueName)
                .orElseThrow(() -> new IllegalArgumentException("unknown queue " + queueName));
        if (targetAgent != null && !agents.containsKey(targetAgent)) {
            throw new IllegalArgumentException("unknown agent " + targetAgent);
        }
        Contact contact = new Contact(UUID.randomUUID().toString(), null, type, method, queue, number, targetAgent,
                now());
        contact.systemNumber = Directory.SYSTEM_NUMBER;
        contact.attributes.putAll(attributes);
        routing.enqueue(contact);
        return contact.id;
    }

    /** The caller hangs up: see {@link ContactCenter#callerHangUp(String)}. */
    void hangUp(String contactId) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.type == ContactType.TASK) {
            throw new IllegalArgumentException("no call " + contactId);
        }
        long now = now();
        if (contact.phase == Phase.QUEUED) {
            routing.abandon(contact);
            engine.forget(contact);
            return;
        }
        Agent agent = agents.get(contact.agent);
        if (!contact.isActive()) {
            throw new IllegalArgumentException("the call " + contactId + " has already ended");
        }
        contact.initialConnection().ifPresent(customer -> customer.moveTo(ConnectionStateType.DISCONNECTED, now));
        signaling.callerGone(contact);
        if (contact.phase == Phase.OFFERED) {
            contact.cancelTimers();
            agent.contacts.remove(contactId);
            engine.forget(contact);
            engine.afterContactsChanged(agent);
        } else if (contact.activeCustomerSide().isEmpty()) {
            engine.endForAgent(agent, contact, now);
        }
        engine.changed(agent);
    }

    /** A dialed party answers, told by the control API. */
    void calleeAnswers(String contactId, String connectionId) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.agent == null) {
            throw new IllegalArgumentException("no call " + contactId + " with an agent");
        }
        answer(contact, connectionId);
    }

    /**
     * A party is being dialed: it answers by itself after the callee-answer delay, when one is set.
     *
     * @param connectionId the dialed connection, {@code null} for the customer of an outbound call or callback
     */
    void dialed(Contact contact, String connectionId) {
        if (settings.calleeAnswerDelay() == null) {
            return;
        }
        String contactId = contact.id;
        ScheduledFuture<?> future = engine.later(() -> {
            Contact current = contacts.get(contactId);
            if (current != null && current.isActive()) {
                boolean dialing = current.connections.stream()
                        .anyMatch(connection -> connection.state == ConnectionStateType.CONNECTING
                                && connection.type != ConnectionType.AGENT
                                && (connectionId == null || connection.id.equals(connectionId)));
                if (dialing) {
                    answer(current, connectionId);
                }
            }
        }, settings.calleeAnswerDelay().toMillis());
        if (connectionId == null) {
            contact.answerTimer = future;
        }
    }

    private void answer(Contact contact, String connectionId) {
        Connection dialed = contact.connections.stream()
                .filter(connection -> connection.type != ConnectionType.AGENT)
                .filter(connection -> connection.state == ConnectionStateType.CONNECTING)
                .filter(connection -> connectionId == null || connection.id.equals(connectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody is being dialed on " + contact.id));
        long now = now();
        if (contact.answerTimer != null && (connectionId == null || dialed.initial)) {
            contact.answerTimer.cancel(false);
            contact.answerTimer = null;
        }
        dialed.moveTo(ConnectionStateType.CONNECTED, now);
        if (contact.phase == Phase.DIALING) {
            contact.phase = Phase.TALKING;
            contact.moveTo(ContactStateType.CONNECTED, now);
            contact.agentConnection().ifPresent(agentLeg -> agentLeg.moveTo(ConnectionStateType.CONNECTED, now));
        }
        engine.changed(agents.get(contact.agent));
    }

    /** A contact flow transfers a connected contact to a queue or an agent. */
    void transferByFlow(String contactId, String queueName, String agentUsername) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.agent == null || contact.phase != Phase.TALKING) {
            throw new IllegalArgumentException("no connected call " + contactId);
        }
        EndpointView destination;
        if (queueName != null) {
            QueueRef queue = directory.queue(queueName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown queue " + queueName));
            destination = new EndpointView(EndpointType.QUEUE, null, queue.name(), null, null, queue);
        } else if (agentUsername != null && agents.containsKey(agentUsername)) {
            destination = new EndpointView(EndpointType.AGENT, null, null, null, agentUsername, null);
        } else {
            throw new IllegalArgumentException("transfer needs a known queue or agent");
        }
        engine.transferAway(agents.get(contact.agent), contact, destination);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
