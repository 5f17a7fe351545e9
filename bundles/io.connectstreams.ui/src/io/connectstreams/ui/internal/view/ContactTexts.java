/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;

/**
 * How a contact reads in the view and its notification.
 */
public final class ContactTexts {

    /** The numbers already written: the panel renders the same few numbers on every update. */
    private static final Map<String, String> READABLE = new ConcurrentHashMap<>();
    private static final int MAX_READABLE = 256;

    private ContactTexts() {
    }

    /**
     * @param contact a contact's data
     * @return a task's name; else the customer's number (Streams' {@code stripPhoneNumber}), else the endpoint's
     *         name
     */
    public static String caller(ContactSnapshot contact) {
        if (contact.type() == ContactType.TASK && contact.name() != null && !contact.name().isBlank()) {
            return contact.name();
        }
        Endpoint endpoint = contact.customerEndpoint();
        if (endpoint == null) {
            endpoint = contact.initialConnection().map(ConnectionSnapshot::endpoint).orElse(null);
        }
        if (endpoint == null) {
            return Messages.Contact_unknownCaller;
        }
        String number = endpoint.stripPhoneNumber();
        if (!number.isEmpty()) {
            return number;
        }
        return endpoint.name() != null ? endpoint.name() : Messages.Contact_unknownCaller;
    }

    /**
     * @param contact a contact's data
     * @param partyName the host's name of the party ({@code ContactNames}), if known
     * @return "name (number)" when the host named the party, else {@link #caller(ContactSnapshot)}
     */
    public static String caller(ContactSnapshot contact, Optional<String> partyName) {
        String caller = caller(contact);
        if (partyName.isEmpty()) {
            return caller;
        }
        return caller.equals(Messages.Contact_unknownCaller) || caller.equals(partyName.get()) ? partyName.get()
                : NLS.bind(Messages.Contact_nameAndNumber, partyName.get(), caller);
    }

    /**
     * @param contact a contact's data
     * @return its queue's name, empty without one
     */
    public static String queue(ContactSnapshot contact) {
        return contact.queue() == null || contact.queue().name() == null ? "" : contact.queue().name(); //$NON-NLS-1$
    }

    /**
     * @param contact a contact's data
     * @return its state in the agent's words
     */
    public static String state(ContactSnapshot contact) {
        boolean onHold = contact.initialConnection().map(ConnectionSnapshot::isOnHold).orElse(false);
        return switch (contact.state().type()) {
            case INCOMING -> Messages.Contact_incoming;
            case PENDING -> Messages.Contact_pending;
            case CONNECTING -> contact.type() == ContactType.TASK ? Messages.Task_incoming
                    : ContactStates.isOffered(contact) ? Messages.Contact_ringing : Messages.Contact_dialing;
            case CONNECTED -> onHold ? Messages.Contact_onHold : Messages.Contact_connected;
            case ENDED -> Messages.Contact_afterCallWork;
            case MISSED -> Messages.Contact_missed;
            case REJECTED -> Messages.Contact_rejected;
            case ERROR -> Messages.Contact_error;
            case PAUSED -> Messages.Contact_paused;
            default -> contact.state().type().name();
        };
    }

    /**
     * @param contact a contact's data
     * @return the customer's number as {@link #displayNumber(String)} writes it, empty when the customer has none
     */
    public static String number(ContactSnapshot contact) {
        Endpoint endpoint = contact.customerEndpoint();
        if (endpoint == null) {
            endpoint = contact.initialConnection().map(ConnectionSnapshot::endpoint).orElse(null);
        }
        return endpoint == null ? "" : displayNumber(endpoint.stripPhoneNumber()); //$NON-NLS-1$
    }

    /**
     * The one place the panel turns a number into what the agent reads.
     *
     * @param number a phone number, E.164 ({@code +14255550100}) or as the back end gave it
     * @return the number to read ({@code PhoneNumbers.forDisplay}: {@code (425) 555-0100}, the international form
     *         for a number of no country); anything that is no valid number unchanged
     */
    public static String displayNumber(String number) {
        if (number == null) {
            return ""; //$NON-NLS-1$
        }
        if (READABLE.size() > MAX_READABLE) {
            READABLE.clear();
        }
        return READABLE.computeIfAbsent(number, PhoneNumbers::forDisplay);
    }

    /**
     * Loads the phone-number metadata (tens of milliseconds the first time) off the UI thread, before a call
     * needs it.
     */
    public static void prepareNumbers() {
        CompletableFuture.runAsync(() -> PhoneNumbers.forDisplay("+14255550100")); //$NON-NLS-1$
    }
}
