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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.connectstreams.api.phone.PhoneNumbers;

/**
 * The customers of the demo CRM, found by phone number in any format ({@link PhoneNumbers}). Immutable.
 */
public final class CustomerDirectory {

    private static final CustomerDirectory BUILT_IN = new CustomerDirectory(List.of(
            new Customer("C-1001", "Ada Lovelace", "Analytical Engines Ltd", "+1 (425) 555-0100",
                    "ada@analytical-engines.example", AccountTier.PLATINUM,
                    "Renewal due next month; asked about the premium support plan."),
            new Customer("C-1002", "Grace Hopper", "Compiler Works Inc.", "+1 (425) 555-0101",
                    "grace@compilerworks.example", AccountTier.GOLD,
                    "Prefers calls in the morning. Open ticket about invoice #4471."),
            new Customer("C-1003", "Alan Turing", "Bletchley Logistics", "+44 20 7946 0123",
                    "alan@bletchley-logistics.example", AccountTier.GOLD,
                    "UK office; billing in GBP."),
            new Customer("C-1004", "Katherine Johnson", "Orbital Analytics", "+1 (757) 555-0142",
                    "katherine@orbital-analytics.example", AccountTier.PLATINUM,
                    "Executive sponsor; escalate anything urgent to the account manager."),
            new Customer("C-1005", "Margaret Hamilton", "Apollo Guidance Co.", "+1 (617) 555-0169",
                    "margaret@apollo-guidance.example", AccountTier.SILVER,
                    "Evaluating the upgrade to Gold."),
            new Customer("C-1006", "Lucia Romero", "Romero Bakery", "+1 (206) 555-0177",
                    "lucia@romero-bakery.example", AccountTier.BRONZE,
                    "Small business account; pays by card."),
            new Customer("C-1007", "Omar Farouk", "Nile Freight", "+1 (312) 555-0110",
                    "omar@nile-freight.example", AccountTier.SILVER,
                    "Shipment tracking questions, usually on Mondays."),
            new Customer("C-1008", "Priya Natarajan", "Lotus Health Clinics", "+1 (415) 555-0133",
                    "priya@lotus-health.example", AccountTier.GOLD,
                    "Needs the HIPAA addendum signed before go-live."),
            new Customer("C-1009", "Noah Becker", "Becker Hardware", "+1 (503) 555-0188",
                    "noah@becker-hardware.example", AccountTier.BRONZE,
                    "New customer since last week."),
            new Customer("C-1010", "Mei Chen", "Harbor Robotics", "+1 (425) 555-0155",
                    "mei@harbor-robotics.example", AccountTier.PLATINUM,
                    "Pilot of 40 seats; weekly status call on Thursdays."),
            // a country the sandbox's agents may not dial: Call refuses it and says why
            new Customer("C-1011", "Rafael Costa", "Costa Coffee Exporters", "+55 11 2345-6789",
                    "rafael@costa-coffee.example", AccountTier.SILVER,
                    "Sao Paulo office; reached by e-mail, our agents do not dial Brazil.")));

    private final List<Customer> customers;
    private final Map<String, Customer> byNumber = new HashMap<>();

    /**
     * @param customers the customers, each with a different phone number
     * @throws IllegalArgumentException when two customers have the same number
     */
    public CustomerDirectory(List<Customer> customers) {
        this.customers = List.copyOf(customers);
        for (Customer customer : this.customers) {
            Customer other = byNumber.putIfAbsent(customer.normalizedPhone(), customer);
            if (other != null) {
                throw new IllegalArgumentException(
                        "customers " + other.id() + " and " + customer.id() + " have the same phone number");
            }
        }
    }

    /**
     * @return the demo's customers (the numbers the demo places calls from)
     */
    public static CustomerDirectory builtIn() {
        return BUILT_IN;
    }

    /**
     * @return every customer, in the directory's order
     */
    public List<Customer> customers() {
        return customers;
    }

    /**
     * @param number a phone number in any format {@link PhoneNumbers} reads (in the customers'
     *        {@linkplain Customer#HOME_REGION home region}), may be {@code null}
     * @return the customer with that number
     */
    public Optional<Customer> findByPhone(String number) {
        return PhoneNumbers.toE164(number, Customer.HOME_REGION).number().map(byNumber::get);
    }
}
