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

import java.util.Objects;

/**
 * One customer of the demo CRM.
 *
 * @param id the customer number
 * @param name the contact person
 * @param company the company
 * @param phone the phone number as the CRM shows it (any format {@link PhoneNumbers} reads)
 * @param email the e-mail address
 * @param tier the account tier
 * @param notes what the last agent wrote down
 */
public record Customer(String id, String name, String company, String phone, String email, AccountTier tier,
        String notes) {

    /** Validates. */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(notes, "notes");
        if (PhoneNumbers.normalize(phone).isEmpty()) {
            throw new IllegalArgumentException("customer " + id + ": not a phone number: " + phone);
        }
    }

    /**
     * @return the phone number in {@linkplain PhoneNumbers#normalize(String) comparable form}
     */
    public String normalizedPhone() {
        return PhoneNumbers.normalize(phone);
    }
}
