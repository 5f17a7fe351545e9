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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.connectstreams.api.model.AgentErrorState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.sandbox.internal.engine.Contact.Phase;

/**
 * The queues: contacts wait in arrival order and are offered, oldest first, to the longest-idle routable agent who
 * serves their queue and has room in the contact's channel (the routing profile's channel concurrency); an offer
 * rings until it is accepted (or auto-accepted) or its ring timeout makes it missed, and a missed contact ends or,
 * with {@link EngineSettings#requeueMissed()}, goes back to its queue. Called with the engine's lock held.
 */
final class Routing {

    /** How often a missed contact goes back to its queue before the next miss ends it. */
    static final int MAX_REROUTES = 3;

    private final Map<String, Agent> agents;
    private final Map<String, Contact> contacts;
    private final EngineSettings settings;
    private final Recorder recorder;
    private final SignalingContract signaling;
    private final EngineHooks engine;
    private final Deque<Contact> waiting = new ArrayDeque<>();

    /**
     * @param agents the engine's agents (a live view)
     * @param contacts the engine's contact index (a live view)
     * @param settings the ring timeout, auto-accept delay and re-queueing
     * @param recorder where re-queueing is recorded
     * @param signaling ends the media of a withdrawn agent connection or a gone caller
     * @param engine the rest of the engine
     */
    Routing(Map<String, Agent> agents, Map<String, Contact> contacts, EngineSettings settings, Recorder recorder,
            SignalingContract signaling, EngineHooks engine) {
        this.agents = agents;
        this.contacts = contacts;
        this.settings = settings;
        this.recorder = recorder;
        this.signaling = signaling;
        this.engine = engine;
    }

    /**
     * @return the contacts waiting in the queues, oldest first
     */
    Collection<Contact> waiting() {
        return waiting;
    }

    /** A contact arrives in its queue (indexed, queued now) and is offered if an agent is available. */
    void enqueue(Contact contact) {
        contacts.put(contact.id, contact);
        contact.phase = Phase.QUEUED;
        contact.queueTimestamp = now();
        waiting.addLast(contact);
        route();
    }

    /** A queued contact leaves its queue without being offered (the caller hung up). */
    void abandon(Contact contact) {
        waiting.remove(contact);
    }

    /** Offers waiting contacts, oldest first, to the longest-idle agent who serves their queue and has room. */
    void route() {
        for (Contact contact : List.copyOf(waiting)) {
            Optional<Agent> agent = agents.values().stream().filter(candidate -> canTake(candidate, contact))
                    .filter(candidate -> contact.targetAgent == null
                            ? candidate.profile.serves(contact.queue.arn())
                            : candidate.profile.username().equals(contact.targetAgent))
                    .min(Comparator.comparingLong(candidate -> candidate.idleSince));
            if (agent.isPresent()) {
                waiting.remove(contact);
                offer(agent.get(), contact);
            }
        }
    }

    /**
     * Whether a routable agent has room for the contact in its channel: the agent's contacts of that channel, in
     * whatever phase (offered, connected, paused, after-contact work), are fewer than the routing profile's
     * concurrency for it. Voice and tasks are routed independently, so an agent may hold both at once.
     */
    static boolean canTake(Agent agent, Contact contact) {
        if (agent.error != null || agent.base.type() != AgentStateType.ROUTABLE) {
            return false;
        }
        ChannelType channel = contact.channel();
        long held = agent.contacts.values().stream().filter(other -> other.channel() == channel).count();
        return held < concurrency(agent.profile, channel);
    }

    /** The routing profile's concurrency for a channel; without a map Streams' defaults (voice and chat: 1). */
    static long concurrency(AgentProfile profile, ChannelType channel) {
        if (profile.channelConcurrency().isEmpty()) {
            return channel == ChannelType.TASK ? 0 : 1;
        }
        return profile.channelConcurrency().getOrDefault(channel.wireValue(), 0L);
    }

    private void offer(Agent agent, Contact contact) {
        long now = now();
        contact.agent = agent.profile.username();
        contact.phase = Phase.OFFERED;
        contact.connections.clear();
        Connection agentLeg = new Connection(uuid(), ConnectionType.AGENT, false, EndpointView.agent(), null,
                ConnectionStateType.CONNECTING, now);
        // a task's initial connection has no endpoint: nobody is on the other side
        Connection customer = new Connection(uuid(), ConnectionType.INBOUND, true,
                contact.customerNumber == null ? null : EndpointView.phone(contact.customerNumber), null,
                ConnectionStateType.CONNECTED, now);
        contact.connections.add(agentLeg);
        contact.connections.add(customer);
        if (contact.type == ContactType.TASK) {
            contact.moveTo(ContactStateType.CONNECTING, now);
        } else if (contact.type == ContactType.VOICE) {
            agentLeg.softphone = engine.softphoneFor(agent.profile, "audio_only");
            contact.moveTo(ContactStateType.CONNECTING, now);
            if (agent.profile.autoAccept()) {
                contact.answerTimer = engine.later(() -> autoAccept(contact.id),
                        settings.autoAcceptDelay().toMillis());
            }
        } else {
            contact.moveTo(ContactStateType.INCOMING, now);
        }
        contact.ringTimer = engine.later(() -> missed(contact.id), settings.ringTimeout().toMillis());
        agent.contacts.put(contact.id, contact);
        engine.changed(agent);
    }

    private void autoAccept(String contactId) {
        Contact contact = contacts.get(contactId);
        if (contact != null && contact.phase == Phase.OFFERED) {
            engine.acceptOffered(agents.get(contact.agent), contact);
        }
    }

    private void missed(String contactId) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.phase != Phase.OFFERED) {
            return;
        }
        long now = now();
        Agent agent = agents.get(contact.agent);
        contact.cancelTimers();
        agent.error = new StateDef(null, AgentStateType.ERROR, AgentErrorState.MISSED_CALL_AGENT.wireValue());
        if (settings.requeueMissed() && contact.reroutes < MAX_REROUTES) {
            requeue(agent, contact, now);
        } else {
            contact.phase = Phase.MISSED;
            contact.moveTo(ContactStateType.MISSED, now);
            contact.connections.forEach(connection -> connection.moveTo(ConnectionStateType.DISCONNECTED, now));
            signaling.callerGone(contact);
        }
        engine.changed(agent);
    }

    /**
     * The missed contact goes back to its queue, ahead of younger contacts: the agent keeps a missed view of it, the
     * missed agent connection's media ends (not the caller's), and the next offer gets a new agent connection.
     */
    private void requeue(Agent agent, Contact contact, long now) {
        agent.contacts.put(contact.id, contact.missedView(now));
        signaling.agentLegGone(contact);
        contact.reroutes++;
        contact.agent = null;
        contact.mediaState = "none";
        contact.phase = Phase.QUEUED;
        contact.moveTo(ContactStateType.INIT, now);
        List<Contact> queued = new ArrayList<>(waiting);
        int at = 0;
        while (at < queued.size() && queued.get(at).queueTimestamp <= contact.queueTimestamp) {
            at++;
        }
        queued.add(at, contact);
        waiting.clear();
        waiting.addAll(queued);
        recorder.record(agent.profile.username(), "requeueMissed", contact.id,
                "{\"reroutes\":" + contact.reroutes + "}");
        route();
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
