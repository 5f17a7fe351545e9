/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.connectstreams.demo.internal.crm.AccountTier;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;

/**
 * The demo's customers and how a caller's number finds one.
 */
class CustomerDirectoryTest {

    private final CustomerDirectory directory = CustomerDirectory.builtIn();

    @Test
    void theBuiltInCustomersCanCallTheSandbox() {
        List<Customer> customers = directory.customers();
        assertTrue(customers.size() >= 8, "a demo needs a few customers: " + customers.size());
        Set<String> ids = new HashSet<>();
        Set<AccountTier> tiers = new HashSet<>();
        for (Customer customer : customers) {
            assertTrue(ids.add(customer.id()), "duplicate id " + customer.id());
            tiers.add(customer.tier());
            assertTrue(customer.normalizedPhone().matches("\\+[1-9][0-9]{6,14}"), customer.phone() + " in E.164");
        }
        assertEquals(Set.of(AccountTier.values()), tiers, "every tier appears in the demo");
    }

    @Test
    void aCallerIsFoundByItsNumberInAnyFormat() {
        for (String number : new String[] { "+14255550100", "sip:+14255550100@127.0.0.1", "+1 (425) 555-0100",
                "4255550100", "(425) 555-0100", "tel:+1-425-555-0100" }) {
            assertEquals("Ada Lovelace", directory.findByPhone(number).orElseThrow().name(), number);
        }
        assertEquals("Alan Turing", directory.findByPhone("sip:+442079460123@carrier.example").orElseThrow().name());
    }

    @Test
    void unknownAndWithheldNumbersFindNobody() {
        assertTrue(directory.findByPhone("+13605550199").isEmpty());
        assertTrue(directory.findByPhone("").isEmpty());
        assertTrue(directory.findByPhone(null).isEmpty());
        assertTrue(directory.findByPhone("anonymous").isEmpty());
        assertTrue(directory.findByPhone("555-0100").isEmpty(), "a local number without its area code");
    }

    @Test
    void twoCustomersCannotShareANumber() {
        Customer first = new Customer("A", "A", "A Inc.", "+1 425 555 0100", "a@a.example", AccountTier.GOLD, "");
        Customer second = new Customer("B", "B", "B Inc.", "sip:+14255550100@host", "b@b.example",
                AccountTier.SILVER, "");
        assertThrows(IllegalArgumentException.class, () -> new CustomerDirectory(List.of(first, second)));
    }

    @Test
    void aCustomerNeedsAPhoneNumber() {
        assertThrows(IllegalArgumentException.class,
                () -> new Customer("X", "X", "X Inc.", "call me", "x@x.example", AccountTier.BRONZE, ""));
    }
}
