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

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.connectstreams.api.model.AgentAvailState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.sandbox.AgentStatus;
import io.connectstreams.sandbox.internal.engine.Contact.Phase;
import io.connectstreams.sandbox.internal.signaling.MediaCall;
import io.connectstreams.sandbox.internal.signaling.MediaCall.InviteFault;
import io.connectstreams.sandbox.internal.signaling.SignalingCalls;

/**
 * The routing and state engine: agents, their states and contacts, the queues, and the long polls waiting on
 * snapshot changes. Every method is thread-safe; one lock guards all state. A change bumps the changed agents'
 * snapshot versions; their held long polls are answered after the lock is released, on the changing thread.
 * <p>
 * This class is the façade that owns the lock; the work is split among collaborators, each called with the lock held
 * and never taking it: {@link LongPolls} (held polls and their answers), {@link SignalingContract} (what the
 * signaling endpoint asks of the engine, and its server byes), {@link Routing} (the queues, offers, ring timeouts
 * and re-queueing), {@link CallerSimulation} (the customer side the control API plays), {@link Tasks} (task contacts
 * and who owns a contact) and {@link EndpointResolver} (which endpoint a request names). Routing and the caller
 * simulation reach back into the façade through {@link EngineHooks}.
 * <p>
 * Agent states follow Amazon Connect: an offered contact shows the system state {@code PendingBusy}, a connected one
 * {@code Busy}, dialing {@code CallingCustomer}, after-call work {@code AfterCallWork}, a missed contact the error
 * state {@code MissedCallAgent}; otherwise the state the agent chose. An enqueued next state replaces the chosen one
 * when the agent's last contact is cleared.
 * <p>
 * A missed contact ends, or, when {@link EngineSettings#requeueMissed()} is set, goes back to its queue as in Amazon
 * Connect: the agent keeps a {@code missed} view of it until it is cleared, the caller stays on the line, the
 * softphone media of the missed agent connection ends with a server {@code bye}, and the next offer (to any agent,
 * the same one too once it is routable again) carries the same contact id with a new agent connection and new
 * softphone tokens. After {@value Routing#MAX_REROUTES} re-routes the next miss ends it.
 */
public final class ContactCenter implements SignalingCalls {

    private static final int TOKEN_BYTES = 24;

    private final Object lock = new Object();
    private final Directory directory;
    private final EngineSettings settings;
    private final Recorder recorder;
    private final ScheduledExecutorService timer;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final LongPolls longPolls;
    private final SignalingContract signaling;
    private final Routing routing;
    private final CallerSimulation callers;
    private final Tasks tasks;
    private final EndpointResolver endpoints;
    /** Supervisors monitoring and barging into calls; see {@link Monitoring}. */
    private final Monitoring monitoring;

    /**
     * @param directory the instance's configuration
     * @param settings timing and media settings
     * @param recorder where recorded actions go
     * @param timer runs ring timeouts, answer delays and long-poll timeouts
     */
    public ContactCenter(Directory directory, EngineSettings settings, Recorder recorder,
            ScheduledExecutorService timer) {
        this.directory = directory;
        this.settings = settings;
        this.recorder = recorder;
        this.timer = timer;
        this.longPolls = new LongPolls(agents.values());
        this.signaling = new SignalingContract(contacts, agents.values(), recorder, timer);
        this.endpoints = new EndpointResolver(directory, agents);
        EngineHooks hooks = new Hooks();
        this.routing = new Routing(agents, contacts, settings, recorder, signaling, hooks);
        this.callers = new CallerSimulation(directory, agents, contacts, settings, routing, signaling, hooks);
        this.tasks = new Tasks(agents, contacts, recorder, routing, hooks);
        this.monitoring = new Monitoring(agents, contacts, hooks, signaling);
    }

    /**
     * @return the directory
     */
    public Directory directory() {
        return directory;
    }

    /**
     * @return the recorder
     */
    public Recorder recorder() {
        return recorder;
    }

    /**
     * Registers an agent (already added to the directory), or updates the profile of a known one.
     *
     * @param profile the agent
     * @param initialStateName the state a new agent starts in
     */
    public void addAgent(AgentProfile profile, String initialStateName) {
        mutate(() -> {
            Agent existing = agents.get(profile.username());
            if (existing == null) {
                StateDef initial = profile.states().stream()
                        .filter(state -> state.name().equals(initialStateName)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown state " + initialStateName));
                agents.put(profile.username(), new Agent(profile, initial, now()));
            } else {
                existing.profile = profile;
                changed(existing);
            }
            routing.route();
            return null;
        });
    }

    // ---------------------------------------------------------------- snapshots and long polls

    /**
     * {@code GetAgentSnapshot}: answers at once when the agent's snapshot changed since {@code nextToken} (or there is
     * no token), otherwise when it changes or after {@code timeoutMs}, with the snapshot of that moment.
     *
     * @param username the agent
     * @param nextToken the previous answer's token, may be {@code null}
     * @param timeoutMs how long to hold the request (capped at 60 s)
     * @param listener receives the answer exactly once
     */
    public void poll(String username, String nextToken, long timeoutMs, SnapshotListener listener) {
        String immediate;
        LongPolls.Answers evicted = new LongPolls.Answers();
        synchronized (lock) {
            Agent agent = agent(username);
            immediate = longPolls.immediateAnswer(agent, nextToken, timeoutMs, now());
            if (immediate == null) {
                PendingPoll poll = longPolls.hold(agent, listener, evicted, now());
                poll.timeout(timer.schedule(() -> expire(agent, poll), LongPolls.holdMillis(timeoutMs),
                        TimeUnit.MILLISECONDS));
            }
        }
        evicted.deliver();
        if (immediate != null) {
            listener.answer(immediate);
        }
    }

    /**
     * Answers every held long poll now and holds no new one, so that the server can stop without waiting for them:
     * a client cannot always abort a request it is waiting on.
     */
    public void releaseHeldPolls() {
        LongPolls.Answers answers = new LongPolls.Answers();
        synchronized (lock) {
            longPolls.releaseAll(answers, now());
        }
        answers.deliver();
    }

    private void expire(Agent agent, PendingPoll poll) {
        LongPolls.Answers answers = new LongPolls.Answers();
        synchronized (lock) {
            longPolls.expire(agent, poll, answers, now());
        }
        answers.deliver();
    }

    /**
     * @param username an agent
     * @return the agent's current snapshot ({@code snapshot} member only) as JSON
     */
    public String snapshotJson(String username) {
        synchronized (lock) {
            return SnapshotWriter.snapshot(agent(username), now());
        }
    }

    /**
     * @return how many long polls are held right now
     */
    public int heldPolls() {
        synchronized (lock) {
            return longPolls.held();
        }
    }

    // ---------------------------------------------------------------- configuration

    /**
     * @param username an agent
     * @return its current configuration
     */
    public AgentProfile profile(String username) {
        synchronized (lock) {
            return agent(username).profile;
        }
    }

    /**
     * {@code UpdateAgentConfiguration}: the parts an agent may change.
     *
     * @param username the agent
     * @param softphoneEnabled softphone or desk phone
     * @param autoAccept auto-accept
     * @param extension desk phone number
     * @param preferences agent preferences
     */
    public void updateConfiguration(String username, boolean softphoneEnabled, boolean autoAccept, String extension,
            Map<String, String> preferences) {
        synchronized (lock) {
            Agent agent = agent(username);
            agent.profile = agent.profile.updated(softphoneEnabled, autoAccept, extension, preferences);
        }
    }

    // ---------------------------------------------------------------- agent state

    /**
     * {@code PutAgentState}.
     *
     * @param username the agent
     * @param arn the state's ARN, may be {@code null}
     * @param type the state type wire value
     * @param name the state name
     * @param enqueueNextState apply after the agent's contacts are cleared
     */
    public void putAgentState(String username, String arn, String type, String name, boolean enqueueNextState) {
        mutate(() -> {
            Agent agent = agent(username);
            StateDef wanted = agent.profile.states().stream()
                    .filter(state -> arn == null ? state.name().equals(name) && state.type().wireValue().equals(type)
                            : state.arn().equals(arn))
                    .findFirst()
                    .orElseThrow(() -> CtiException.invalidState(
                            "The agent cannot be put in state " + name + " (" + type + ")"));
            if (!wanted.type().wireValue().equals(type) || !wanted.name().equals(name)) {
                throw CtiException.invalidState("The state ARN does not match type " + type + " and name " + name);
            }
            long now = now();
            boolean busy = agent.contacts.values().stream().anyMatch(contact -> contact.phase != Phase.MISSED);
            if (busy && enqueueNextState) {
                agent.next = wanted;
                agent.nextSince = now;
            } else {
                agent.contacts.values().removeIf(contact -> contact.phase == Phase.MISSED && forget(contact));
                agent.error = null;
                agent.next = null;
                if (!wanted.sameAs(agent.base)) {
                    agent.base = wanted;
                    agent.baseSince = now;
                    agent.idleSince = now;
                }
            }
            changed(agent);
            routing.route();
            return null;
        });
    }

    // ---------------------------------------------------------------- contact actions of the agent

    /**
     * {@code AcceptContact}.
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void accept(String username, String contactId) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            if (contact.phase != Phase.OFFERED) {
                throw CtiException.invalidState("The contact is " + contact.state.wireValue() + " and cannot be accepted");
            }
            acceptOffered(agent, contact);
            return null;
        });
    }

    private void acceptOffered(Agent agent, Contact contact) {
        long now = now();
        contact.cancelTimers();
        Connection agentLeg = contact.agentConnection().orElseThrow();
        if (contact.type == ContactType.QUEUE_CALLBACK) {
            // the agent is on the line; the customer is dialed now
            contact.phase = Phase.DIALING;
            contact.moveTo(ContactStateType.CONNECTING, now);
            agentLeg.softphone = softphoneFor(agent.profile, "audio_only");
            contact.initialConnection().ifPresent(customer -> customer.moveTo(ConnectionStateType.CONNECTING, now));
            callers.dialed(contact, null);
        } else {
            contact.phase = Phase.TALKING;
            contact.moveTo(ContactStateType.CONNECTED, now);
            agentLeg.moveTo(ConnectionStateType.CONNECTED, now);
        }
        changed(agent);
    }

    /**
     * {@code RejectContact}: the offer is withdrawn and the caller disconnected (the sandbox does not re-route it).
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void reject(String username, String contactId) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            if (contact.phase != Phase.OFFERED) {
                throw CtiException.invalidState("The contact is " + contact.state.wireValue() + " and cannot be rejected");
            }
            contact.cancelTimers();
            contact.moveTo(ContactStateType.REJECTED, now());
            agent.contacts.remove(contactId);
            forget(contact);
            signaling.callerGone(contact);
            agent.idleSince = now();
            afterContactsChanged(agent);
            return null;
        });
    }

    /**
     * {@code ClearContact} / {@code CompleteContact}: removes an ended or missed contact.
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void clear(String username, String contactId) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            if (contact.phase != Phase.AFTER_CALL_WORK && contact.phase != Phase.MISSED) {
                throw CtiException.invalidState("The contact is " + contact.state.wireValue() + " and cannot be cleared");
            }
            agent.contacts.remove(contactId);
            forget(contact);
            agent.idleSince = now();
            afterContactsChanged(agent);
            return null;
        });
    }

    /**
     * {@code PauseContact} / {@code ResumeContact}: only a connected task can be paused and only a paused one resumed,
     * and only by the agent it is assigned to (or, while it waits, the one it is for); another agent's contact is not
     * found.
     *
     * @param username the agent
     * @param contactId the contact
     * @param pause pause or resume
     */
    public void pause(String username, String contactId, boolean pause) {
        mutate(() -> {
            agent(username);
            tasks.pause(username, contactId, pause);
            return null;
        });
    }

    /**
     * {@code CreateTaskContact}: the task goes to the endpoint's queue or agent and is offered by the agents' task
     * concurrency (a scheduled one when it is due).
     *
     * @param username the creating agent
     * @param endpoint where to (a queue or agent quick connect)
     * @param request what the task carries
     * @return the new contact id
     */
    public String createTask(String username, EndpointView endpoint, TaskRequest request) {
        return mutate(() -> {
            Agent agent = agent(username);
            return tasks.create(agent, endpoints.resolve(agent, endpoint), request);
        });
    }

    /**
     * A task arrives from outside the agents (a flow, {@code StartTaskContact}), told by the control API.
     *
     * @param request what the task carries
     * @param queueName the queue, {@code null} for {@code BasicQueue}
     * @param targetAgent route to this agent only, may be {@code null}
     * @return the contact id
     */
    public String placeTask(TaskRequest request, String queueName, String targetAgent) {
        return mutate(() -> {
            QueueRef queue = directory.queue(queueName == null ? "BasicQueue" : queueName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown queue " + queueName));
            if (targetAgent != null && !agents.containsKey(targetAgent)) {
                throw new IllegalArgumentException("unknown agent " + targetAgent);
            }
            return tasks.place(request, queue, targetAgent);
        });
    }

    /**
     * {@code CreateOutboundContact}: the agent calls a phone number.
     *
     * @param username the agent
     * @param endpoint the callee
     * @param queueArn the outbound queue, {@code null} for the default one
     */
    public void createOutbound(String username, EndpointView endpoint, String queueArn) {
        mutate(() -> {
            Agent agent = agent(username);
            if (!agent.profile.permissions().contains("outboundCall")) {
                throw CtiException.accessDenied("The agent has no permission to make outbound calls");
            }
            if (agent.base.type() == AgentStateType.OFFLINE) {
                throw CtiException.invalidState("An offline agent cannot make calls");
            }
            if (agent.contacts.values().stream()
                    .anyMatch(contact -> contact.isActive() && contact.channel() == ChannelType.VOICE)) {
                throw CtiException.invalidState("The agent already has an active voice contact");
            }
            EndpointView callee = endpoints.resolve(agent, endpoint);
            if (callee.type() != EndpointType.PHONE_NUMBER) {
                throw CtiException.badEndpoint("Outbound calls go to phone numbers");
            }
            QueueRef queue = queueArn == null ? agent.profile.defaultOutboundQueue()
                    : directory.queueByArn(queueArn).orElseThrow(
                            () -> CtiException.notFound("Queue not found: " + queueArn));
            long now = now();
            Contact contact = new Contact(uuid(), null, ContactType.VOICE, "outbound", queue, callee.phoneNumber(),
                    null, now);
            contact.systemNumber = Directory.SYSTEM_NUMBER;
            contact.agent = agent.profile.username();
            Connection agentLeg = new Connection(uuid(), ConnectionType.AGENT, false, EndpointView.agent(), null,
                    ConnectionStateType.CONNECTING, now);
            agentLeg.softphone = softphoneFor(agent.profile, "audio_only");
            contact.connections.add(agentLeg);
            contact.connections.add(new Connection(uuid(), ConnectionType.OUTBOUND, true, callee, null,
                    ConnectionStateType.CONNECTING, now));
            contact.phase = Phase.DIALING;
            contact.moveTo(ContactStateType.CONNECTING, now);
            contacts.put(contact.id, contact);
            agent.contacts.put(contact.id, contact);
            callers.dialed(contact, null);
            changed(agent);
            return null;
        });
    }

    /**
     * {@code CreateAdditionalConnection} / {@code addNewConnection}: puts the customer on hold and dials a third
     * party, which answers after the callee-answer delay or through the control API.
     *
     * @param username the agent
     * @param contactId the contact
     * @param endpoint the third party
     */
    public void addConnection(String username, String contactId, EndpointView endpoint) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            if (contact.phase != Phase.TALKING) {
                throw CtiException.invalidState("Connections can be added only to a connected contact");
            }
            if (contact.activeCustomerSide().stream().anyMatch(connection -> !connection.initial)) {
                throw CtiException.invalidState("The contact already has a third-party connection");
            }
            EndpointView target = endpoints.resolve(agent, endpoint);
            long now = now();
            contact.initialConnection().filter(customer -> customer.state == ConnectionStateType.CONNECTED)
                    .ifPresent(customer -> customer.moveTo(ConnectionStateType.HOLD, now));
            Connection third = new Connection(uuid(), ConnectionType.OUTBOUND, false, target,
                    target.arn() != null ? target.name() : null, ConnectionStateType.CONNECTING, now);
            contact.connections.add(third);
            callers.dialed(contact, third.id);
            changed(agent);
            return null;
        });
    }

    /**
     * {@code transferContact}: hands the contact to a queue, an agent or a phone number and ends it for the agent
     * (after-call work). A queue or agent destination gets a new contact ({@code initiationMethod} transfer).
     *
     * @param username the agent
     * @param contactId the contact
     * @param endpoint the destination
     */
    public void transfer(String username, String contactId, EndpointView endpoint) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            if (contact.phase != Phase.TALKING) {
                throw CtiException.invalidState("Only a connected contact can be transferred");
            }
            EndpointView destination = endpoints.resolve(agent, endpoint);
            if (contact.type == ContactType.TASK && destination.type() == EndpointType.PHONE_NUMBER) {
                throw CtiException.badEndpoint("A task is transferred to a queue or an agent, not a phone number");
            }
            transferAway(agent, contact, destination);
            return null;
        });
    }

    private void transferAway(Agent agent, Contact contact, EndpointView destination) {
        long now = now();
        signaling.callerGone(contact);
        endForAgent(agent, contact, now);
        if (destination.type() != EndpointType.PHONE_NUMBER) {
            QueueRef queue = destination.queue();
            String target = destination.agentLogin();
            if (queue == null) {
                queue = agents.get(target).profile.defaultOutboundQueue();
            }
            Contact transferred = new Contact(uuid(), contact.initialContactId, contact.type, "transfer", queue,
                    contact.customerNumber, target, now);
            transferred.attributes.putAll(contact.attributes);
            transferred.references.putAll(contact.references);
            transferred.name = contact.name;
            transferred.description = contact.description;
            transferred.systemNumber = contact.systemNumber;
            routing.enqueue(transferred);
        }
    }

    /**
     * {@code DestroyConnection}: the agent hangs up its own leg (the contact ends: after-call work) or drops another
     * participant (the contact ends when no customer-side participant is left).
     *
     * @param username the agent
     * @param contactId the contact
     * @param connectionId the connection
     */
    public void destroyConnection(String username, String contactId, String connectionId) {
        mutate(() -> {
            Agent agent = agent(username);
            if (monitoring.leave(agent, contactId, connectionId)) {
                return null;
            }
            Contact contact = contactOf(agent, contactId);
            Connection connection = connectionOf(contact, connectionId);
            long now = now();
            if (contact.phase == Phase.OFFERED) {
                if (connection.type != ConnectionType.AGENT) {
                    throw CtiException.invalidState("Only the agent's connection can be dropped while ringing");
                }
                contact.cancelTimers();
                contact.moveTo(ContactStateType.REJECTED, now);
                agent.contacts.remove(contactId);
                forget(contact);
                signaling.callerGone(contact);
                afterContactsChanged(agent);
                return null;
            }
            if (!contact.isActive() || !connection.isActive()) {
                throw CtiException.invalidState("The connection is not active");
            }
            if (connection.type == ConnectionType.AGENT) {
                endForAgent(agent, contact, now);
            } else {
                connection.moveTo(ConnectionStateType.DISCONNECTED, now);
                if (connection.initial) {
                    signaling.callerGone(contact);
                }
                if (contact.activeCustomerSide().isEmpty()) {
                    endForAgent(agent, contact, now);
                }
            }
            changed(agent);
            return null;
        });
    }

    /**
     * {@code HoldConnection} / {@code ResumeConnection}.
     *
     * @param username the agent
     * @param contactId the contact
     * @param connectionId the connection
     * @param hold hold or resume
     */
    public void hold(String username, String contactId, String connectionId, boolean hold) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            Connection connection = connectionOf(contact, connectionId);
            ConnectionStateType from = hold ? ConnectionStateType.CONNECTED : ConnectionStateType.HOLD;
            if (contact.phase != Phase.TALKING || connection.state != from) {
                throw CtiException.invalidState("The connection is " + connection.state.wireValue() + " and cannot be "
                        + (hold ? "held" : "resumed"));
            }
            connection.moveTo(hold ? ConnectionStateType.HOLD : ConnectionStateType.CONNECTED, now());
            changed(agent);
            return null;
        });
    }

    /**
     * {@code ToggleActiveConnections}: swaps which of customer and third party is on hold.
     *
     * @param username the agent
     * @param contactId the contact
     * @param connectionId the connection on hold (or the active one)
     */
    public void toggle(String username, String contactId, String connectionId) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            connectionOf(contact, connectionId);
            List<Connection> parties = contact.activeCustomerSide();
            boolean swappable = parties.size() == 2
                    && parties.stream().anyMatch(connection -> connection.state == ConnectionStateType.HOLD)
                    && parties.stream().anyMatch(connection -> connection.state == ConnectionStateType.CONNECTED);
            if (contact.phase != Phase.TALKING || !swappable) {
                throw CtiException.invalidState("There is no held and active pair of connections to toggle");
            }
            long now = now();
            for (Connection party : parties) {
                party.moveTo(party.state == ConnectionStateType.HOLD ? ConnectionStateType.CONNECTED
                        : ConnectionStateType.HOLD, now);
            }
            changed(agent);
            return null;
        });
    }

    /**
     * {@code ConferenceConnections}: every held participant is connected.
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void conference(String username, String contactId) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            List<Connection> parties = contact.activeCustomerSide();
            if (contact.phase != Phase.TALKING || parties.size() < 2
                    || parties.stream().anyMatch(connection -> connection.state == ConnectionStateType.CONNECTING)) {
                throw CtiException.invalidState("A conference needs the customer and a connected third party");
            }
            long now = now();
            parties.forEach(party -> party.moveTo(ConnectionStateType.CONNECTED, now));
            changed(agent);
            return null;
        });
    }

    /**
     * {@code MuteParticipant} / {@code UnmuteParticipant}.
     *
     * @param username the agent
     * @param contactId the contact
     * @param connectionId the participant
     * @param mute mute or unmute
     */
    public void mute(String username, String contactId, String connectionId, boolean mute) {
        mutate(() -> {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            Connection connection = connectionOf(contact, connectionId);
            if (!connection.isActive()) {
                throw CtiException.invalidState("The connection is not active");
            }
            if (connection.mute != mute) {
                connection.mute = mute;
                changed(agent);
            }
            return null;
        });
    }

    /**
     * {@code SendDigits}: recorded.
     *
     * @param username the agent
     * @param contactId the contact
     * @param connectionId the connection
     * @param digits the DTMF digits
     */
    public void sendDigits(String username, String contactId, String connectionId, String digits) {
        synchronized (lock) {
            Agent agent = agent(username);
            Contact contact = contactOf(agent, contactId);
            Connection connection = connectionOf(contact, connectionId);
            if (!connection.isActive()) {
                throw CtiException.invalidState("The connection is not active");
            }
            if (!digits.matches("[0-9*#,]{1,256}")) {
                throw CtiException.validation("digits must be 1 to 256 of 0-9 * # ,");
            }
        }
    }

    /**
     * Checks that a contact is one of the agent's (for the operations that only record).
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void requireContact(String username, String contactId) {
        synchronized (lock) {
            if (!agent(username).contacts.containsKey(contactId)) {
                throw CtiException.notFound("Contact not found: " + contactId);
            }
        }
    }

    /**
     * Refuses a contact of another agent (for the telemetry operations, which also name contacts that have ended and
     * that the engine has forgotten: those are accepted).
     *
     * @param username the agent
     * @param contactId the contact
     */
    public void requireNotOthers(String username, String contactId) {
        synchronized (lock) {
            Contact contact = contacts.get(contactId);
            String owner = contact == null ? null : Tasks.owner(contact);
            if (owner != null && !owner.equals(username) && !Monitoring.monitors(agent(username), contact)) {
                throw CtiException.notFound("Contact not found: " + contactId);
            }
        }
    }

    // ---------------------------------------------------------------- the control side: callers and callees

    /**
     * An inbound voice call arrives in a queue.
     *
     * @param callerNumber the caller's phone number
     * @param queueName the queue, {@code null} for {@code BasicQueue}
     * @param targetAgent route to this agent only, may be {@code null}
     * @return the contact id
     */
    public String placeCall(String callerNumber, String queueName, String targetAgent) {
        return placeCall(callerNumber, queueName, targetAgent, Map.of());
    }

    /**
     * An inbound voice call whose contact flow set contact attributes.
     *
     * @param callerNumber the caller's phone number
     * @param queueName the queue, {@code null} for {@code BasicQueue}
     * @param targetAgent route to this agent only, may be {@code null}
     * @param attributes the contact attributes, by key
     * @return the contact id
     */
    public String placeCall(String callerNumber, String queueName, String targetAgent,
            Map<String, String> attributes) {
        CallerSimulation.requireCallerNumber(callerNumber);
        return mutate(() -> callers.arrive(ContactType.VOICE, "inbound", callerNumber, queueName, targetAgent,
                attributes));
    }

    /**
     * A queued callback is due: offered to an agent in {@code incoming}; accepting it dials the customer.
     *
     * @param customerNumber the number to call back
     * @param queueName the queue, {@code null} for {@code BasicQueue}
     * @param targetAgent route to this agent only, may be {@code null}
     * @return the contact id
     */
    public String placeCallback(String customerNumber, String queueName, String targetAgent) {
        return arrive(ContactType.QUEUE_CALLBACK, "callback", customerNumber, queueName, targetAgent);
    }

    private String arrive(ContactType type, String method, String number, String queueName, String targetAgent) {
        CallerSimulation.requireCallerNumber(number);
        return mutate(() -> callers.arrive(type, method, number, queueName, targetAgent, Map.of()));
    }

    /**
     * The caller (customer) hangs up: the customer leg disconnects, the signaling endpoint sends its {@code bye},
     * and the contact ends for the agent when nobody else is on the line. A queued contact is abandoned.
     *
     * @param contactId the contact
     */
    public void callerHangUp(String contactId) {
        mutate(() -> {
            callers.hangUp(contactId);
            return null;
        });
    }

    /**
     * A dialed party answers: the customer of an outbound call or callback, or a third party.
     *
     * @param contactId the contact
     * @param connectionId the dialed connection, {@code null} for the first one still connecting
     */
    public void calleeAnswers(String contactId, String connectionId) {
        mutate(() -> {
            callers.calleeAnswers(contactId, connectionId);
            return null;
        });
    }

    /**
     * Transfers a connected contact to a queue or an agent, as a contact flow would.
     *
     * @param contactId the contact
     * @param queueName the destination queue, or {@code null}
     * @param agentUsername the destination agent, or {@code null}
     */
    public void transferByFlow(String contactId, String queueName, String agentUsername) {
        mutate(() -> {
            callers.transferByFlow(contactId, queueName, agentUsername);
            return null;
        });
    }

    /**
     * Queues a fault for the next {@code invite} a softphone sends.
     *
     * @param fault the JSON-RPC error (or no answer)
     */
    public void failNextInvite(InviteFault fault) {
        synchronized (lock) {
            signaling.failNextInvite(fault);
        }
    }

    /**
     * Drops every queued invite fault.
     */
    public void clearInviteFaults() {
        synchronized (lock) {
            signaling.clearInviteFaults();
        }
    }

    /**
     * @return how many invite faults wait for an invite
     */
    public int pendingInviteFaults() {
        synchronized (lock) {
            return signaling.pendingInviteFaults();
        }
    }

    // ---------------------------------------------------------------- supervisors

    /**
     * A supervisor starts monitoring an agent's connected call, silently (the control API's part: in Amazon Connect
     * the supervisor picks the call in the real-time metrics).
     *
     * @param supervisor the supervisor's username; it needs the permission {@value Monitoring#LISTEN_IN}
     * @param contactId the call
     * @return the supervisor's {@code monitoring} connection id
     */
    public String startMonitoring(String supervisor, String contactId) {
        return mutate(() -> monitoring.start(supervisor, contactId, now()));
    }

    /**
     * {@code UpdateMonitorParticipantState}: a monitoring supervisor switches between silent monitoring and barging.
     *
     * @param username the supervisor
     * @param contactId the monitored contact
     * @param target the mode to switch to
     */
    public void updateMonitor(String username, String contactId, MonitoringMode target) {
        mutate(() -> {
            monitoring.update(agent(username), contactId, target, now());
            return null;
        });
    }

    // ---------------------------------------------------------------- views for the control API

    /**
     * @return every agent's status, by username
     */
    public List<AgentStatus> agentStatuses() {
        synchronized (lock) {
            return agents.values().stream()
                    .map(agent -> new AgentStatus(agent.profile.username(), agent.profile.name(),
                            agent.profile.agentArn(), agent.shown.name(), agent.shown.type().wireValue(),
                            agent.next == null ? null : agent.next.name(), List.copyOf(agent.contacts.keySet())))
                    .toList();
        }
    }

    /**
     * @return every contact the engine knows (queued, offered, live, in after-call work, missed, tasks) as JSON
     */
    public String contactsJson() {
        synchronized (lock) {
            return ContactsWriter.json(contacts.values(), routing.waiting(), now());
        }
    }

    /**
     * @param username a username
     * @return whether the agent exists
     */
    public boolean hasAgent(String username) {
        synchronized (lock) {
            return agents.containsKey(username);
        }
    }

    // ---------------------------------------------------------------- signaling

    @Override
    public Optional<MediaCall> find(String contactId, String callContextToken) {
        if (contactId == null || callContextToken == null) {
            return Optional.empty();
        }
        synchronized (lock) {
            Optional<MediaCall> agentLeg = signaling.agentLeg(contactId, callContextToken)
                    .map(connection -> new EngineMediaCall(this, contactId, connection.id, false));
            return agentLeg.or(() -> signaling.monitorLeg(contactId, callContextToken)
                    .map(connection -> new EngineMediaCall(this, contactId, connection.id, true)));
        }
    }

    InviteFault takeInviteFault() {
        synchronized (lock) {
            return signaling.takeInviteFault();
        }
    }

    void mediaStarted(String contactId, String connectionId) {
        synchronized (lock) {
            signaling.mediaStarted(contactId, connectionId);
        }
    }

    void mediaEnded(String contactId, String connectionId, String reason) {
        synchronized (lock) {
            signaling.mediaEnded(contactId, connectionId, reason);
        }
    }

    void onCallerHangUp(String contactId, String connectionId, Runnable sendBye) {
        boolean kept;
        synchronized (lock) {
            kept = signaling.onCallerHangUp(contactId, connectionId, sendBye);
        }
        if (!kept) {
            sendBye.run();
        }
    }

    // supervisor media: a monitoring connection's session ends when the monitoring does, and follows its mode

    void onMonitorEnd(String contactId, String connectionId, Runnable sendBye) {
        boolean kept;
        synchronized (lock) {
            kept = signaling.onMonitorMedia(contactId, connectionId, sendBye, null);
        }
        if (!kept) {
            sendBye.run();
        }
    }

    void onBargeChange(String contactId, String connectionId, Consumer<Boolean> barging) {
        synchronized (lock) {
            signaling.onMonitorMedia(contactId, connectionId, null, barging);
        }
    }

    // ---------------------------------------------------------------- contact lifecycle

    private void endForAgent(Agent agent, Contact contact, long now) {
        contact.cancelTimers();
        contact.phase = Phase.AFTER_CALL_WORK;
        contact.moveTo(ContactStateType.ENDED, now);
        contact.connections.forEach(connection -> connection.moveTo(ConnectionStateType.DISCONNECTED, now));
        monitoring.contactEnded(contact);
        changed(agent);
    }

    private void afterContactsChanged(Agent agent) {
        if (agent.contacts.isEmpty() && agent.next != null) {
            agent.base = agent.next;
            agent.baseSince = now();
            agent.next = null;
        }
        changed(agent);
        routing.route();
    }

    /** Drops the contact from the index, unless the index holds another one with its id (re-queued after a miss). */
    private boolean forget(Contact contact) {
        contacts.remove(contact.id, contact);
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private SoftphoneInfo softphoneFor(AgentProfile profile, String callType) {
        if (!profile.softphoneEnabled()) {
            return null;
        }
        return new SoftphoneInfo(callType, profile.autoAccept(), randomToken(), randomToken(),
                CallConfig.json(settings));
    }

    private Agent agent(String username) {
        Agent agent = agents.get(username);
        if (agent == null) {
            throw CtiException.unauthorized("Unknown agent");
        }
        return agent;
    }

    private static Contact contactOf(Agent agent, String contactId) {
        Contact contact = agent.contacts.get(contactId);
        if (contact == null) {
            throw CtiException.notFound("Contact not found: " + contactId);
        }
        return contact;
    }

    private static Connection connectionOf(Contact contact, String connectionId) {
        return contact.connection(connectionId)
                .orElseThrow(() -> CtiException.notFound("Connection not found: " + connectionId));
    }

    /** Marks an agent's snapshot as changed; its held polls are answered when the mutation ends. */
    private void changed(Agent agent) {
        if (agent == null) {
            return;
        }
        agent.version++;
        StateDef shown = shownState(agent);
        if (!shown.sameAs(agent.shown) || !java.util.Objects.equals(shown.arn(), agent.shown.arn())) {
            agent.shown = shown;
            agent.shownSince = now();
        }
        longPolls.changed(agent);
    }

    private StateDef shownState(Agent agent) {
        Set<Phase> phases = new LinkedHashSet<>();
        agent.contacts.values().forEach(contact -> phases.add(contact.phase));
        if (phases.contains(Phase.TALKING)) {
            return system(AgentAvailState.BUSY);
        }
        if (phases.contains(Phase.DIALING)) {
            return system(AgentAvailState.CALLING_CUSTOMER);
        }
        if (phases.contains(Phase.OFFERED)) {
            return system(AgentAvailState.PENDING_BUSY);
        }
        if (phases.contains(Phase.AFTER_CALL_WORK)) {
            return system(AgentAvailState.AFTER_CALL_WORK);
        }
        if (agent.error != null) {
            return agent.error;
        }
        return agent.base;
    }

    private static StateDef system(AgentAvailState state) {
        return new StateDef(null, AgentStateType.SYSTEM, state.wireValue());
    }

    /** Runs a change under the lock, then answers the long polls of every agent it changed. */
    private <T> T mutate(Supplier<T> change) {
        LongPolls.Answers answers = new LongPolls.Answers();
        T result;
        synchronized (lock) {
            try {
                result = change.get();
            } finally {
                longPolls.takeChanged(answers, now());
            }
        }
        answers.deliver();
        return result;
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    /** The collaborators' way back into the engine; their later changes run as mutations of their own. */
    private final class Hooks implements EngineHooks {

        @Override
        public void changed(Agent agent) {
            ContactCenter.this.changed(agent);
        }

        @Override
        public SoftphoneInfo softphoneFor(AgentProfile profile, String callType) {
            return ContactCenter.this.softphoneFor(profile, callType);
        }

        @Override
        public void acceptOffered(Agent agent, Contact contact) {
            ContactCenter.this.acceptOffered(agent, contact);
        }

        @Override
        public void endForAgent(Agent agent, Contact contact, long now) {
            ContactCenter.this.endForAgent(agent, contact, now);
        }

        @Override
        public void afterContactsChanged(Agent agent) {
            ContactCenter.this.afterContactsChanged(agent);
        }

        @Override
        public boolean forget(Contact contact) {
            return ContactCenter.this.forget(contact);
        }

        @Override
        public void transferAway(Agent agent, Contact contact, EndpointView destination) {
            ContactCenter.this.transferAway(agent, contact, destination);
        }

        @Override
        public ScheduledFuture<?> later(Runnable change, long delayMs) {
            return timer.schedule(() -> mutate(() -> {
                change.run();
                return null;
            }), delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
