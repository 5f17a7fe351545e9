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

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.sandbox.AgentStatus;
import io.connectstreams.sandbox.SandboxControl;

/**
 * What the Sandbox menu does: callers from the customer directory (or from numbers it does not know) call the
 * contact center, queued callbacks become due, and a caller hangs up. Calls go to the sandbox's {@code BasicQueue}
 * and are routed like any call, so they reach the demo agent when it is available.
 */
public final class DemoCalls {

    /** Unknown callers call from this North American fictional range ({@code +1 360 555 01xx}). */
    private static final String UNKNOWN_PREFIX = "+13605550";
    private static final int UNKNOWN_NUMBERS = 100;

    private final SandboxControl control;
    private final CustomerDirectory directory;
    private final RandomGenerator random;
    private final String agent;

    /**
     * @param control the sandbox's control
     * @param directory the customers who call
     * @param random picks callers
     * @param agent the demo agent's username, whose call {@link #hangUpActiveCall()} ends
     */
    public DemoCalls(SandboxControl control, CustomerDirectory directory, RandomGenerator random, String agent) {
        if (directory.customers().isEmpty()) {
            throw new IllegalArgumentException("the directory has no customer to call from");
        }
        this.control = control;
        this.directory = directory;
        this.random = random;
        this.agent = agent;
    }

    /**
     * @return an inbound call from a customer picked at random
     */
    public PlacedCall callFromRandomCustomer() {
        return callFrom(randomCustomer());
    }

    /**
     * @param customer the caller
     * @return an inbound call from that customer
     */
    public PlacedCall callFrom(Customer customer) {
        String number = customer.normalizedPhone();
        return new PlacedCall(control.placeCall(number, null, null), number, customer, false);
    }

    /**
     * @return a queued callback for a customer picked at random
     */
    public PlacedCall callbackForRandomCustomer() {
        Customer customer = randomCustomer();
        String number = customer.normalizedPhone();
        return new PlacedCall(control.placeCallback(number, null, null), number, customer, true);
    }

    /**
     * @return an inbound call from a number the directory does not know
     */
    public PlacedCall callFromUnknownNumber() {
        String number = unknownNumber();
        return new PlacedCall(control.placeCall(number, null, null), number, null, false);
    }

    /**
     * The caller of the demo agent's call hangs up: the first of the agent's contacts that is still a live call.
     *
     * @return the contact that ended, empty when the agent has no live call
     */
    public Optional<String> hangUpActiveCall() {
        List<String> contactIds = control.agents().stream().filter(status -> status.username().equals(agent))
                .findFirst().map(AgentStatus::contactIds).orElse(List.of());
        for (String contactId : contactIds) {
            try {
                control.hangUp(contactId);
                return Optional.of(contactId);
            } catch (IllegalArgumentException alreadyEnded) {
                // after-call work, or ended between the two calls: try the next contact
            }
        }
        return Optional.empty();
    }

    /**
     * @return the customers who call
     */
    public CustomerDirectory directory() {
        return directory;
    }

    private Customer randomCustomer() {
        List<Customer> customers = directory.customers();
        return customers.get(random.nextInt(customers.size()));
    }

    private String unknownNumber() {
        int first = random.nextInt(UNKNOWN_NUMBERS);
        for (int i = 0; i < UNKNOWN_NUMBERS; i++) {
            String number = UNKNOWN_PREFIX + (100 + (first + i) % UNKNOWN_NUMBERS);
            if (directory.findByPhone(number).isEmpty() && PhoneNumbers.toE164(number, null).isAccepted()) {
                return number;
            }
        }
        throw new IllegalStateException("every number of " + UNKNOWN_PREFIX + "1xx is a customer's");
    }
}
