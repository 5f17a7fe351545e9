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

import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;

/**
 * One customer of the demo CRM.
 *
 * @param id the customer number
 * @param name the contact person
 * @param company the company
 * @param phone the phone number as the CRM shows it (any format {@link PhoneNumbers} reads in
 *        the {@linkplain #HOME_REGION home region})
 * @param email the e-mail address
 * @param tier the account tier
 * @param notes what the last agent wrote down
 */
public record Customer(String id, String name, String company, String phone, String email, AccountTier tier,
        String notes) {

    /** Where the demo CRM is: a number without a country code is a North American one. */
    public static final String HOME_REGION = "US";

    /** Validates. */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(notes, "notes");
        PhoneNumberResult number = PhoneNumbers.toE164(phone, HOME_REGION);
        if (!number.isAccepted()) {
            throw new IllegalArgumentException(
                    "customer " + id + ": not a phone number: " + phone + " (" + number.detail() + ")");
        }
    }

    /**
     * @return the phone number in E.164 form, the form the contact center and {@link CustomerDirectory} compare
     */
    public String normalizedPhone() {
        return PhoneNumbers.toE164(phone, HOME_REGION).e164();
    }
}
