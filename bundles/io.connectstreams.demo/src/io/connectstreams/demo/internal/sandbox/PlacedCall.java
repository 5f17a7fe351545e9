/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import java.util.Objects;
import java.util.Optional;

import io.connectstreams.demo.internal.crm.Customer;

/**
 * A call the demo placed in its sandbox.
 *
 * @param contactId the sandbox's contact id
 * @param number the caller's E.164 number
 * @param customer the customer who calls, {@code null} for an unknown number
 * @param callback whether it is a queued callback rather than an inbound call
 */
public record PlacedCall(String contactId, String number, Customer customer, boolean callback) {

    /** Validates. */
    public PlacedCall {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(number, "number");
    }

    /**
     * @return the customer, empty for an unknown number
     */
    public Optional<Customer> knownCustomer() {
        return Optional.ofNullable(customer);
    }
}
