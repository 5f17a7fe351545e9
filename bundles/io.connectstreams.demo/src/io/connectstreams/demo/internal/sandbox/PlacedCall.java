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
