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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.AgentStateChange;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentAvailState;
import io.connectstreams.api.model.AgentErrorState;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;

/**
 * Turns each new agent snapshot into Streams' events, in Streams' order ({@code AgentDataProvider.updateAgentData}):
 * {@code agent::update}; {@code agent::init} once; {@code agent::refresh}; the routing event when the state type
 * changed; {@code agent::state_change} then {@code agent::error}/{@code agent::acw} when the state name changed;
 * {@code agent::enqueued_next_state}/{@code cleared_next_state}; then the contacts: added ones ({@code init}, their
 * transitions, {@code refresh}), removed ones ({@code ended} if it never fired, {@code destroyed}, scoped
 * subscriptions dropped), and the others (transitions when the state type changed, {@code refresh}). Contact events
 * go out global, then scoped to the contact.
 * <p>
 * {@code contact::ended} fires exactly once per contact: through the graph when the contact leaves an active state,
 * otherwise just before {@code destroyed}. (Streams loses it for a contact first seen already inactive.)
 * <p>
 * Not thread-safe: the session calls it from its one event thread.
 */
public final class EventDeriver {

    private final EventBus bus;
    private final AgentStore store;
    private final AgentHandle agent;
    private final HandleContext context;
    private final Set<String> endedFired = new HashSet<>();
    private AgentSnapshot previous;

    /**
     * @param context the session's shared parts
     * @param agent the session's agent handle
     */
    public EventDeriver(HandleContext context, AgentHandle agent) {
        this.context = context;
        this.bus = context.bus();
        this.store = context.store();
        this.agent = agent;
    }

    /**
     * Makes {@code next} the current data and publishes what changed since the previous snapshot.
     *
     * @param next the new complete snapshot
     * @return whether this was the first snapshot ({@code agent::init} was published)
     */
    public boolean apply(AgentSnapshot next) {
        AgentSnapshot old = previous;
        previous = next;
        Map<String, ContactSnapshot> oldContacts = index(old);
        Map<String, ContactSnapshot> newContacts = index(next);
        newContacts.forEach((id, contact) -> store.handle(id, context).update(contact));
        store.update(next);

        bus.trigger(AgentEvents.UPDATE, next);
        if (old == null) {
            bus.trigger(AgentEvents.INIT, agent);
        }
        bus.trigger(AgentEvents.REFRESH, agent);
        fireAgentEvents(old, next);

        for (ContactSnapshot added : newContacts.values()) {
            if (!oldContacts.containsKey(added.contactId())) {
                ContactHandle handle = store.handle(added.contactId(), context);
                bus.trigger(ContactEvents.INIT, handle);
                fireContactEvents(handle, ContactStateType.INIT, added.state().type());
            }
        }
        for (ContactSnapshot removed : oldContacts.values()) {
            if (!newContacts.containsKey(removed.contactId())) {
                destroy(removed.contactId());
            }
        }
        for (ContactSnapshot common : oldContacts.values()) {
            ContactSnapshot now = newContacts.get(common.contactId());
            if (now != null) {
                fireContactEvents(store.handle(now.contactId(), context), common.state().type(), now.state().type());
            }
        }
        return old == null;
    }

    private void fireAgentEvents(AgentSnapshot old, AgentSnapshot next) {
        AgentStateType oldType = old == null ? AgentStateType.INIT : old.state().type();
        AgentStateType newType = next.state().type();
        if (oldType != newType) {
            switch (newType) {
                case ROUTABLE -> bus.trigger(AgentEvents.ROUTABLE, agent);
                case NOT_ROUTABLE -> bus.trigger(AgentEvents.NOT_ROUTABLE, agent);
                case OFFLINE -> bus.trigger(AgentEvents.OFFLINE, agent);
                default -> {
                    // Streams' routing graph has no event for the other types
                }
            }
        }
        String oldName = old == null ? AgentAvailState.INIT.wireValue() : old.state().name();
        String newName = next.state().name();
        if (!oldName.equals(newName)) {
            bus.trigger(AgentEvents.STATE_CHANGE, new AgentStateChange(agent, oldName, newName));
            if (AgentErrorState.fromWire(newName) != AgentErrorState.UNKNOWN) {
                bus.trigger(AgentEvents.ERROR, agent);
            }
            if (AgentAvailState.AFTER_CALL_WORK.wireValue().equals(newName)) {
                bus.trigger(AgentEvents.ACW, agent);
            }
        }
        String oldNext = nextStateName(old == null ? null : old.nextState());
        String newNext = nextStateName(next.nextState());
        if (newNext != null && !newNext.equals(oldNext)) {
            bus.trigger(AgentEvents.ENQUEUED_NEXT_STATE, agent);
        } else if (newNext == null && oldNext != null) {
            bus.trigger(AgentEvents.CLEARED_NEXT_STATE, agent);
        }
    }

    private void fireContactEvents(ContactHandle contact, ContactStateType from, ContactStateType to) {
        String id = contact.getContactId();
        if (from != to) {
            for (String event : ContactEventGraph.events(from, to)) {
                if (ContactEvents.ENDED.equals(event) && !endedFired.add(id)) {
                    continue;
                }
                fire(event, contact);
            }
        }
        fire(ContactEvents.REFRESH, contact);
    }

    private void destroy(String contactId) {
        ContactHandle contact = store.remove(contactId);
        if (contact == null) {
            return;
        }
        if (endedFired.add(contactId)) {
            fire(ContactEvents.ENDED, contact);
        }
        fire(ContactEvents.DESTROYED, contact);
        endedFired.remove(contactId);
        bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix(contactId));
    }

    private void fire(String event, ContactHandle contact) {
        bus.trigger(event, contact);
        bus.trigger(ContactEvents.scoped(event, contact.getContactId()), contact);
    }

    private static String nextStateName(AgentState state) {
        return state == null ? null : state.name();
    }

    private static Map<String, ContactSnapshot> index(AgentSnapshot snapshot) {
        Map<String, ContactSnapshot> index = new LinkedHashMap<>();
        if (snapshot != null) {
            snapshot.contacts().forEach(c -> index.put(c.contactId(), c));
        }
        return index;
    }
}
