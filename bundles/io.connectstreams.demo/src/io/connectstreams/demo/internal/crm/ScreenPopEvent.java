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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.connectstreams.api.model.ContactType;

/**
 * A call arrived: which contact, from which number, and which customer that is (if any).
 *
 * @param contactId the contact
 * @param contactType {@code VOICE} for an inbound call, {@code QUEUE_CALLBACK} for a callback
 * @param number the caller's number as the contact center sent it (without {@code sip:} and {@code @host}); empty
 *            when the caller withheld it
 * @param customer the customer with that number, {@code null} for an unknown caller
 * @param arrivedAt when the demo saw the call arrive
 */
public record ScreenPopEvent(String contactId, ContactType contactType, String number, Customer customer,
        Instant arrivedAt) {

    /** Validates. */
    public ScreenPopEvent {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(contactType, "contactType");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
    }

    /**
     * @return the customer, empty for an unknown caller
     */
    public Optional<Customer> knownCustomer() {
        return Optional.ofNullable(customer);
    }

    /**
     * @return whether this is a queued callback (the agent calls the customer back) rather than an inbound call
     */
    public boolean isCallback() {
        return contactType == ContactType.QUEUE_CALLBACK;
    }
}
