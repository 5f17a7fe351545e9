/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;

/**
 * Decides the screen pops from the contact events on the bus: an inbound voice contact pops when it starts ringing
 * ({@code contact::connecting}), a queued callback when it is offered ({@code contact::incoming}); each contact pops
 * once, whichever of the two comes first. Outbound calls do not pop. The caller's number is the initial
 * connection's endpoint (the customer endpoint when that has none), stripped of {@code sip:} and {@code @host}, and
 * the customer is the directory's match for it.
 * <p>
 * Thread-safe; listeners run on the thread that publishes the event, after the decision, each isolated from the
 * others' failures.
 */
public final class ScreenPop implements ScreenPopService, AutoCloseable {

    /** How many contacts are remembered as popped (a contact that is never destroyed must not grow the set). */
    static final int MAX_REMEMBERED_CONTACTS = 256;

    private final CustomerDirectory directory;
    private final Logger logger;
    private final Clock clock;
    private final List<Consumer<ScreenPopEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<String, CallPhase>> phaseListeners = new CopyOnWriteArrayList<>();
    private final Set<String> popped = new LinkedHashSet<>();
    /** The phase of each popped call; guarded by {@link #popped}, bounded like it. */
    private final Map<String, CallPhase> phases = new HashMap<>();
    private final List<Subscription> subscriptions;
    private volatile ScreenPopEvent latest;

    /**
     * Subscribes to the bus at once.
     *
     * @param bus the event bus the worker publishes on
     * @param directory where callers are looked up
     * @param logger for listener failures and unreadable contacts
     * @param clock stamps {@link ScreenPopEvent#arrivedAt()}
     */
    public ScreenPop(EventBus bus, CustomerDirectory directory, Logger logger, Clock clock) {
        this.directory = directory;
        this.logger = logger;
        this.clock = clock;
        this.subscriptions = List.of(bus.subscribe(ContactEvents.CONNECTING, Contact.class, this::arrived),
                bus.subscribe(ContactEvents.INCOMING, Contact.class, this::arrived),
                bus.subscribe(ContactEvents.CONNECTED, Contact.class,
                        contact -> advance(contact, EnumSet.of(CallPhase.RINGING), CallPhase.ON_CALL)),
                bus.subscribe(ContactEvents.MISSED, Contact.class,
                        contact -> advance(contact, EnumSet.of(CallPhase.RINGING), unanswered(contact))),
                bus.subscribe(ContactEvents.ENDED, Contact.class, this::ended),
                bus.subscribe(ContactEvents.DESTROYED, Contact.class, this::destroyed));
    }

    @Override
    public Registration onPop(Consumer<ScreenPopEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Registration onPhase(BiConsumer<String, CallPhase> listener) {
        phaseListeners.add(listener);
        return () -> phaseListeners.remove(listener);
    }

    @Override
    public Optional<CallPhase> phase(String contactId) {
        synchronized (popped) {
            return Optional.ofNullable(phases.get(contactId));
        }
    }

    @Override
    public Optional<ScreenPopEvent> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public CustomerDirectory directory() {
        return directory;
    }

    /**
     * Unsubscribes from the bus and drops the listeners.
     */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        listeners.clear();
        phaseListeners.clear();
    }

    /**
     * @param contact a contact
     * @return the caller's number as the contact center sent it, without {@code sip:} and {@code @host}; empty when
     *         there is none
     */
    static String callerNumber(Contact contact) {
        Endpoint endpoint = contact.getInitialConnection().map(Connection::getEndpoint).orElse(null);
        if (endpoint == null || endpoint.phoneNumber() == null) {
            endpoint = contact.getCustomerEndpoint();
        }
        return endpoint == null ? "" : endpoint.stripPhoneNumber();
    }

    private void arrived(Contact contact) {
        String contactId = contact.getContactId();
        ContactType type;
        String number;
        try {
            type = contact.getType();
            boolean pops = type == ContactType.QUEUE_CALLBACK || type == ContactType.VOICE && contact.isInbound();
            if (!pops) {
                return;
            }
            number = callerNumber(contact);
        } catch (RuntimeException e) {
            logger.warn("no screen pop for contact {}: its data cannot be read", contactId, e);
            return;
        }
        if (!remember(contactId)) {
            return;
        }
        ScreenPopEvent event = new ScreenPopEvent(contactId, type, number, directory.findByPhone(number).orElse(null),
                clock.instant());
        latest = event;
        for (Consumer<ScreenPopEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                logger.error("a screen-pop listener failed for contact {}", contactId, e);
            }
        }
        advance(contactId, null, CallPhase.RINGING);
    }

    private void ended(Contact contact) {
        String contactId = contact.getContactId();
        advance(contactId, EnumSet.of(CallPhase.ON_CALL), CallPhase.ENDED);
        advance(contactId, EnumSet.of(CallPhase.RINGING), unanswered(contact));
    }

    private void destroyed(Contact contact) {
        // a contact the agent rejects leaves her snapshot at once: destroyed while still ringing
        advance(contact.getContactId(), EnumSet.of(CallPhase.RINGING), unanswered(contact));
        forget(contact.getContactId());
    }

    /** Rejected when the contact says so, else missed (rang out, or the caller gave up). */
    private static CallPhase unanswered(Contact contact) {
        try {
            return contact.getState().type() == ContactStateType.REJECTED ? CallPhase.REJECTED : CallPhase.MISSED;
        } catch (RuntimeException unreadable) {
            return CallPhase.MISSED;
        }
    }

    private void advance(Contact contact, Set<CallPhase> from, CallPhase to) {
        advance(contact.getContactId(), from, to);
    }

    /** Moves a popped call from one of {@code from} ({@code null}: a new one) to {@code to}, and tells. */
    private void advance(String contactId, Set<CallPhase> from, CallPhase to) {
        synchronized (popped) {
            if (!popped.contains(contactId)) {
                return;
            }
            CallPhase current = phases.get(contactId);
            if (from == null ? current != null : !from.contains(current)) {
                return;
            }
            phases.put(contactId, to);
        }
        for (BiConsumer<String, CallPhase> listener : phaseListeners) {
            try {
                listener.accept(contactId, to);
            } catch (RuntimeException e) {
                logger.error("a call-phase listener failed for contact {}", contactId, e);
            }
        }
    }

    private boolean remember(String contactId) {
        synchronized (popped) {
            if (!popped.add(contactId)) {
                return false;
            }
            if (popped.size() > MAX_REMEMBERED_CONTACTS) {
                String oldest = popped.iterator().next();
                popped.remove(oldest);
                phases.remove(oldest);
            }
            return true;
        }
    }

    private void forget(String contactId) {
        synchronized (popped) {
            popped.remove(contactId);
            phases.remove(contactId);
        }
    }
}
