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

import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.sandbox.internal.engine.Contact.Phase;

/**
 * Task contacts: creating them (they wait in their queue; the sandbox routes voice only), pausing and resuming them,
 * and which agent a contact belongs to, which for a task is not only the agent it is assigned to. Called with the
 * engine's lock held.
 */
final class Tasks {

    private final Map<String, Contact> contacts;
    private final Recorder recorder;

    /**
     * @param contacts the engine's contact index (a live view)
     * @param recorder where pausing and resuming are recorded
     */
    Tasks(Map<String, Contact> contacts, Recorder recorder) {
        this.contacts = contacts;
        this.recorder = recorder;
    }

    /**
     * @param creator the creating agent
     * @param target the resolved endpoint
     * @return the new task's id
     */
    String create(Agent creator, EndpointView target, String name, String description) {
        QueueRef queue = target.queue() != null ? target.queue() : creator.profile.defaultOutboundQueue();
        Contact task = new Contact(UUID.randomUUID().toString(), null, ContactType.TASK, "api", queue, null,
                target.agentLogin(), System.currentTimeMillis());
        task.name = name;
        task.description = description;
        task.creator = creator.profile.username();
        task.phase = Phase.TASK;
        contacts.put(task.id, task);
        return task.id;
    }

    /** Pauses or resumes the agent's task; another agent's contact is not found. */
    void pause(String username, String contactId, boolean pause) {
        Contact contact = contacts.get(contactId);
        if (contact == null || !username.equals(owner(contact))) {
            throw CtiException.notFound("Contact not found: " + contactId);
        }
        if (contact.type != ContactType.TASK) {
            throw new CtiException(400, "InvalidContactTypeException", "Only task contacts can be paused or resumed");
        }
        if (pause == (contact.state == ContactStateType.PAUSED)) {
            throw CtiException.invalidState("The task is already " + contact.state.wireValue());
        }
        contact.moveTo(pause ? ContactStateType.PAUSED : ContactStateType.INIT, System.currentTimeMillis());
        recorder.record(username, pause ? "PauseContact" : "ResumeContact", contactId, "{}");
    }

    /** The agent a contact belongs to: the one it is assigned to, else (a task) the one it is for or its creator. */
    static String owner(Contact contact) {
        if (contact.agent != null) {
            return contact.agent;
        }
        return contact.targetAgent != null ? contact.targetAgent : contact.creator;
    }
}
