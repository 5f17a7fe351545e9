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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.sandbox.internal.engine.Contact.Phase;

/**
 * Task contacts: creating them ({@code CreateTaskContact} or the control API), holding a scheduled one until its
 * time, handing them to {@link Routing} (which offers them by the agents' task concurrency), pausing and resuming
 * them, and which agent a contact belongs to. Accepting, ending, after-contact work and clearing are the engine's, as
 * for calls. Called with the engine's lock held.
 */
final class Tasks {

    /** The longest {@code name} Amazon Connect takes. */
    static final int MAX_NAME = 512;
    /** The longest {@code description} Amazon Connect takes. */
    static final int MAX_DESCRIPTION = 4096;
    /** How far ahead a task can be scheduled (Amazon Connect: six days). */
    static final long MAX_SCHEDULE_SECONDS = 6L * 24 * 3600;
    /** How many idempotency tokens are remembered (the oldest is forgotten first). */
    private static final int MAX_TOKENS = 1000;

    private final Map<String, Agent> agents;
    private final Map<String, Contact> contacts;
    private final Recorder recorder;
    private final Routing routing;
    private final EngineHooks engine;
    private final Map<String, String> byToken = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    /**
     * @param agents the engine's agents (a live view)
     * @param contacts the engine's contact index (a live view)
     * @param recorder where pausing and resuming are recorded
     * @param routing queues and offers the tasks
     * @param engine the rest of the engine
     */
    Tasks(Map<String, Agent> agents, Map<String, Contact> contacts, Recorder recorder, Routing routing,
            EngineHooks engine) {
        this.agents = agents;
        this.contacts = contacts;
        this.recorder = recorder;
        this.routing = routing;
        this.engine = engine;
    }

    /**
     * {@code CreateTaskContact}: the task goes to the endpoint's queue, or to the agent it names.
     *
     * @param creator the creating agent
     * @param target the resolved endpoint (a queue or agent quick connect)
     * @param request what the task carries
     * @return the new task's id (the earlier one for a repeated idempotency token)
     */
    String create(Agent creator, EndpointView target, TaskRequest request) {
        if (target.type() == EndpointType.PHONE_NUMBER) {
            throw CtiException.badEndpoint("A task goes to a queue or an agent, not a phone number");
        }
        String tokenKey = request.idempotencyToken() == null ? null
                : creator.profile.username() + "\n" + request.idempotencyToken();
        if (tokenKey != null && byToken.containsKey(tokenKey)) {
            return byToken.get(tokenKey);
        }
        QueueRef queue = target.queue();
        if (queue == null) {
            queue = agents.get(target.agentLogin()).profile.defaultOutboundQueue();
        }
        String id = place(request, queue, target.agentLogin());
        if (tokenKey != null) {
            byToken.put(tokenKey, id);
        }
        return id;
    }

    /**
     * A task arrives (created by an agent, or by the control API as a flow or {@code StartTaskContact} would).
     *
     * @param request what the task carries
     * @param queue its queue
     * @param targetAgent the one agent it is for, may be {@code null}
     * @return the task's id
     */
    String place(TaskRequest request, QueueRef queue, String targetAgent) {
        validate(request);
        long now = System.currentTimeMillis();
        Contact task = new Contact(UUID.randomUUID().toString(), initialContactId(request), ContactType.TASK, "api",
                queue, null, targetAgent, now);
        task.name = request.name();
        task.description = request.description();
        task.references.putAll(request.references());
        task.scheduledTime = request.scheduledTime();
        relate(task, request.relatedContactId());
        long dueInMillis = request.scheduledTime() == null ? 0 : request.scheduledTime() * 1000 - now;
        if (dueInMillis > 0) {
            task.phase = Phase.SCHEDULED;
            contacts.put(task.id, task);
            String id = task.id;
            engine.later(() -> {
                Contact due = contacts.get(id);
                if (due != null && due.phase == Phase.SCHEDULED) {
                    routing.enqueue(due);
                }
            }, dueInMillis);
        } else {
            routing.enqueue(task);
        }
        return task.id;
    }

    private static void validate(TaskRequest request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            throw CtiException.validation("name must be 1 to " + MAX_NAME + " characters");
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            throw CtiException.validation("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        Long scheduled = request.scheduledTime();
        if (scheduled != null && (scheduled < 0
                || scheduled > System.currentTimeMillis() / 1000 + MAX_SCHEDULE_SECONDS)) {
            throw CtiException.validation("scheduledTime must be epoch seconds at most six days ahead");
        }
    }

    /** A follow-up task continues the chain of its previous contact, when that contact is known. */
    private String initialContactId(TaskRequest request) {
        String previous = request.previousContactId();
        if (previous == null) {
            return null;
        }
        Contact known = contacts.get(previous);
        return known == null ? previous : known.initialContactId;
    }

    /** A related task shares its related contact's association and copies its attributes. */
    private void relate(Contact task, String relatedContactId) {
        if (relatedContactId == null) {
            return;
        }
        task.relatedContactId = relatedContactId;
        Contact related = contacts.get(relatedContactId);
        if (related == null) {
            task.contactAssociationId = relatedContactId;
            return;
        }
        if (related.contactAssociationId == null) {
            related.contactAssociationId = related.initialContactId;
        }
        task.contactAssociationId = related.contactAssociationId;
        task.attributes.putAll(related.attributes);
    }

    /**
     * {@code PauseContact} / {@code ResumeContact}: only the owning agent's connected (or paused) task; another
     * agent's contact is not found. A paused task keeps its place in the agent's task concurrency.
     */
    void pause(String username, String contactId, boolean pause) {
        Contact contact = contacts.get(contactId);
        if (contact == null || !username.equals(owner(contact))) {
            throw CtiException.notFound("Contact not found: " + contactId);
        }
        if (contact.type != ContactType.TASK) {
            throw new CtiException(400, "InvalidContactTypeException", "Only task contacts can be paused or resumed");
        }
        ContactStateType from = pause ? ContactStateType.CONNECTED : ContactStateType.PAUSED;
        if (contact.phase != Phase.TALKING || contact.state != from) {
            throw CtiException.invalidState("The task is " + contact.state.wireValue() + " and cannot be "
                    + (pause ? "paused" : "resumed"));
        }
        contact.moveTo(pause ? ContactStateType.PAUSED : ContactStateType.CONNECTED, System.currentTimeMillis());
        engine.changed(agents.get(contact.agent));
        recorder.record(username, pause ? "PauseContact" : "ResumeContact", contactId, "{}");
    }

    /** The agent a contact belongs to: the one it is assigned to, else the one it waits for. */
    static String owner(Contact contact) {
        return contact.agent != null ? contact.agent : contact.targetAgent;
    }
}
