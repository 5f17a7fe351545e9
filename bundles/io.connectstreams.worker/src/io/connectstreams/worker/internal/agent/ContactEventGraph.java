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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.model.ContactStateType;

/**
 * Streams' {@code contactEventGraph}: which contact events a state change fires, in Streams' order. Streams'
 * {@code EventGraph} returns the associations "from any state" before those of the old state, each in the order
 * they were declared; the table below is declared in Streams' order.
 */
final class ContactEventGraph {

    /** Streams' {@code CONTACT_ACTIVE_STATES}. */
    static final Set<ContactStateType> ACTIVE = EnumSet.of(ContactStateType.PAUSED, ContactStateType.INCOMING,
            ContactStateType.PENDING, ContactStateType.CONNECTING, ContactStateType.CONNECTED);

    private static final Set<ContactStateType> INACTIVE = EnumSet.of(ContactStateType.INIT, ContactStateType.MISSED,
            ContactStateType.ERROR, ContactStateType.ENDED, ContactStateType.REJECTED);

    private static final List<Association> ASSOCIATIONS = new ArrayList<>();

    static {
        any(ContactStateType.INCOMING, ContactEvents.INCOMING);
        any(ContactStateType.PENDING, ContactEvents.PENDING);
        any(ContactStateType.CONNECTING, ContactEvents.CONNECTING);
        any(ContactStateType.CONNECTED, ContactEvents.CONNECTED);
        from(EnumSet.of(ContactStateType.CONNECTING), EnumSet.of(ContactStateType.ERROR), ContactEvents.MISSED);
        from(EnumSet.of(ContactStateType.INCOMING), EnumSet.of(ContactStateType.ERROR), ContactEvents.MISSED);
        any(ContactStateType.ENDED, ContactEvents.ACW);
        from(ACTIVE, INACTIVE, ContactEvents.ENDED);
        any(ContactStateType.ERROR, ContactEvents.ERROR);
        from(EnumSet.of(ContactStateType.CONNECTING), EnumSet.of(ContactStateType.MISSED), ContactEvents.MISSED);
        from(EnumSet.of(ContactStateType.INCOMING), EnumSet.of(ContactStateType.MISSED), ContactEvents.MISSED);
        from(EnumSet.of(ContactStateType.CONNECTING), EnumSet.of(ContactStateType.REJECTED), ContactEvents.MISSED);
        from(EnumSet.of(ContactStateType.INCOMING), EnumSet.of(ContactStateType.REJECTED), ContactEvents.MISSED);
    }

    private ContactEventGraph() {
    }

    /**
     * @param from the previous state ({@code INIT} for a new contact)
     * @param to the new state, different from {@code from}
     * @return the global event names to fire, in order
     */
    static List<String> events(ContactStateType from, ContactStateType to) {
        List<String> events = new ArrayList<>(3);
        for (Association a : ASSOCIATIONS) {
            if (a.fromAny && a.to.contains(to)) {
                events.add(a.event);
            }
        }
        for (Association a : ASSOCIATIONS) {
            if (!a.fromAny && a.from.contains(from) && a.to.contains(to)) {
                events.add(a.event);
            }
        }
        return events;
    }

    private static void any(ContactStateType to, String event) {
        ASSOCIATIONS.add(new Association(true, EnumSet.noneOf(ContactStateType.class), EnumSet.of(to), event));
    }

    private static void from(Set<ContactStateType> from, Set<ContactStateType> to, String event) {
        ASSOCIATIONS.add(new Association(false, from, to, event));
    }

    private record Association(boolean fromAny, Set<ContactStateType> from, Set<ContactStateType> to, String event) {
    }
}
