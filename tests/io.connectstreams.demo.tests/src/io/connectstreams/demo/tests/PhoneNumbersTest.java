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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.connectstreams.demo.internal.crm.PhoneNumbers;

/**
 * The forms a caller's number takes in the contact center and in the CRM come to one comparable form.
 */
class PhoneNumbersTest {

    @Test
    void everyWayToWriteOneNumberIsTheSame() {
        for (String written : new String[] { "+1 (425) 555-0100", "+14255550100", "sip:+14255550100@host",
                "SIP:+14255550100@sandbox.example;transport=tls", "sips:+14255550100", "tel:+1-425-555-0100",
                "  +1.425.555.0100  ", "(425) 555-0100", "425-555-0100", "1 425 555 0100", "0014255550100" }) {
            assertEquals("+14255550100", PhoneNumbers.normalize(written), written);
        }
    }

    @Test
    void internationalNumbersKeepTheirCountry() {
        assertEquals("+442079460123", PhoneNumbers.normalize("+44 20 7946 0123"));
        assertEquals("+442079460123", PhoneNumbers.normalize("0044 20 7946 0123"));
        assertEquals("+442079460123", PhoneNumbers.normalize("sip:+442079460123@carrier.example"));
    }

    @Test
    void numbersWithoutCountryThatAreNotNorthAmericanStayBareDigits() {
        assertEquals("5550100", PhoneNumbers.normalize("555-0100"));
        assertEquals("20794601", PhoneNumbers.normalize("2079 4601"));
        assertEquals("123", PhoneNumbers.normalize("123"));
    }

    @Test
    void whatIsNotAPhoneNumberBecomesEmpty() {
        for (String notANumber : new String[] { null, "", "   ", "anonymous", "sip:anonymous@host", "Restricted",
                "+", "+1", "12", "+1234567890123456", "+1 425 555 0100 ext 5", "425#555", "1".repeat(101) }) {
            assertEquals("", PhoneNumbers.normalize(notANumber), String.valueOf(notANumber));
        }
    }

    @Test
    void e164IsWhatTheSandboxAcceptsForCallers() {
        assertTrue(PhoneNumbers.isE164("+1 (425) 555-0100"));
        assertTrue(PhoneNumbers.isE164("425 555 0100"));
        assertFalse(PhoneNumbers.isE164("555-0100"));
        assertFalse(PhoneNumbers.isE164("+0 425 555 0100"));
        assertFalse(PhoneNumbers.isE164("anonymous"));
    }
}
