/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.connectstreams.api.NotInitializedException;
import io.connectstreams.api.model.AgentSnapshot;

/**
 * The latest complete agent data of a session (Streams' {@code AgentDataProvider.agentData}) and the handle of
 * each contact in it. Written by one thread (the session's event thread), read by any.
 */
public final class AgentStore {

    private volatile AgentSnapshot current;
    private final Map<String, ContactHandle> contacts = new ConcurrentHashMap<>();

    /**
     * @return the latest data
     * @throws NotInitializedException before the first snapshot
     */
    public AgentSnapshot current() {
        AgentSnapshot snapshot = current;
        if (snapshot == null) {
            throw new NotInitializedException("agent data");
        }
        return snapshot;
    }

    /**
     * @return the latest data, if any arrived
     */
    public Optional<AgentSnapshot> peek() {
        return Optional.ofNullable(current);
    }

    /**
     * @param contactId a contact id
     * @return its handle while it is in the snapshot
     */
    public Optional<ContactHandle> contact(String contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    void update(AgentSnapshot snapshot) {
        current = snapshot;
    }

    ContactHandle handle(String contactId, HandleContext context) {
        return contacts.computeIfAbsent(contactId, id -> new ContactHandle(context, id));
    }

    ContactHandle remove(String contactId) {
        return contacts.remove(contactId);
    }
}
