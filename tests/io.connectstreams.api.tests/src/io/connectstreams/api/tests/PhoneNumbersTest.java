/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;

/**
 * Phone numbers through libphonenumber: numbers of several countries as people write them, Connect's SIP forms, the
 * refusals with their reasons, and the agent's dialable countries.
 */
class PhoneNumbersTest {

    /** The sandbox's dialable countries, as Connect sends them (lower case). */
    private static final List<String> DIALABLE = List.of("us", "ca", "gb", "de", "fr");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "+1 (425) 555-0100      | US | +14255550100  | US",
            "(425) 555-0100         | US | +14255550100  | US",
            "425.555.0100           | us | +14255550100  | US",
            "tel:+1-425-555-0100    |    | +14255550100  | US",
            "sip:+14255550100@sandbox.example;transport=tls | | +14255550100 | US",
            "1-800-FLOWERS          | US | +18003569377  | US",
            "+1 416 555 0199        |    | +14165550199  | CA",
            "020 7946 0123          | GB | +442079460123 | GB",
            "+44 20 7946 0123       | US | +442079460123 | GB",
            "030 901820             | DE | +4930901820   | DE",
            "0044 20 7946 0123      | DE | +442079460123 | GB",
            "01 42 68 53 00         | FR | +33142685300  | FR",
            "06 12 34 56 78         | FR | +33612345678  | FR",
            "03-3224-5000           | JP | +81332245000  | JP",
            "090-1234-5678          | JP | +819012345678 | JP",
            "(02) 9374 4000         | AU | +61293744000  | AU",
            "+61 491 570 156        |    | +61491570156  | AU",
            "+800 1234 5678         |    | +80012345678  | 001" })
    void numbersOfSeveralCountriesBecomeE164(String input, String region, String e164, String numberRegion) {
        PhoneNumberResult result = PhoneNumbers.toE164(input, region);
        assertEquals(Optional.of(e164), result.number(), () -> input + ": " + result);
        assertEquals(numberRegion, result.region());
        assertTrue(result.isAccepted());
        assertEquals(null, result.problem());
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "anonymous                | US | NOT_A_NUMBER",
            "sip:anonymous@host       | US | NOT_A_NUMBER",
            "Restricted               | US | NOT_A_NUMBER",
            "(425) 555-0100           |    | NO_COUNTRY",
            "(425) 555-0100           | XX | NO_COUNTRY",
            "+999 123456              | US | INVALID_COUNTRY_CODE",
            "+1 212 555 01            | US | TOO_SHORT",
            "555-0100                 | US | TOO_SHORT",
            "12                       | US | TOO_SHORT",
            "+1234567890123456789     |    | TOO_LONG",
            "+1 200 555 0100          |    | INVALID_NUMBER",
            "+44 20 7946 01234        |    | TOO_LONG",
            "+1 425 555 0100 ext. 5   |    | EXTENSION" })
    void whatIsNoNumberIsRefusedWithItsReason(String input, String region, PhoneNumberProblem problem) {
        PhoneNumberResult result = PhoneNumbers.toE164(input, region);
        assertEquals(problem, result.problem(), () -> input + ": " + result);
        assertFalse(result.isAccepted());
        assertTrue(result.number().isEmpty());
        assertFalse(result.detail().isEmpty());
    }

    @Test
    void nothingAndTooMuchAreRefusedWithoutParsing() {
        assertEquals(PhoneNumberProblem.EMPTY, PhoneNumbers.toE164(null, "US").problem());
        assertEquals(PhoneNumberProblem.EMPTY, PhoneNumbers.toE164("   ", "US").problem());
        assertEquals(PhoneNumberProblem.NOT_A_NUMBER,
                PhoneNumbers.toE164("1".repeat(PhoneNumbers.MAX_INPUT_LENGTH + 1), "US").problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "+14255550100  | (425) 555-0100",
            "+442079460123 | 020 7946 0123",
            "+4930901820   | 030 901820",
            "+33142685300  | 01 42 68 53 00",
            "+81332245000  | 03-3224-5000",
            "+61293744000  | (02) 9374 4000",
            "+80012345678  | +800 1234 5678" })
    void forDisplayIsNationalWhenTheCountryIsKnown(String e164, String shown) {
        assertEquals(shown, PhoneNumbers.forDisplay(e164));
    }

    @Test
    void forDisplayInAHomeRegionIsInternationalForOtherCountries() {
        assertEquals("(425) 555-0100", PhoneNumbers.forDisplay("+14255550100", "us"));
        assertEquals("+44 20 7946 0123", PhoneNumbers.forDisplay("+442079460123", "US"));
        assertEquals("+1 416-555-0199", PhoneNumbers.forDisplay("+14165550199", "US"));
        assertEquals("+81 3-3224-5000", PhoneNumbers.forDisplay("+81332245000", null));
    }

    @Test
    void forDisplayLeavesWhatIsNoNumberAsItIs() {
        assertEquals("anonymous", PhoneNumbers.forDisplay("anonymous"));
        assertEquals("+1 200 555 0100", PhoneNumbers.forDisplay("+1 200 555 0100"));
        assertEquals("", PhoneNumbers.forDisplay(null));
    }

    @Test
    void numbersOfDialableCountriesMayBeCalled() {
        for (String e164 : List.of("+14255550100", "+14165550199", "+442079460123", "+4930901820", "+33142685300",
                "sip:+14255550100@sandbox.example")) {
            PhoneNumberResult result = PhoneNumbers.isDialable(e164, DIALABLE);
            assertTrue(result.isAccepted(), () -> e164 + ": " + result);
        }
        assertTrue(PhoneNumbers.isDialable("+442079460123", List.of("GB")).isAccepted(), "codes in any case");
    }

    @Test
    void numbersOfOtherCountriesAreNotDialable() {
        for (String e164 : List.of("+81332245000", "+61293744000", "+80012345678")) {
            PhoneNumberResult result = PhoneNumbers.isDialable(e164, DIALABLE);
            assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE, result.problem(), e164);
            assertTrue(result.detail().contains(DIALABLE.toString()), result.detail());
        }
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE,
                PhoneNumbers.isDialable("+14165550199", List.of("us")).problem(), "Canada shares +1 with the US");
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE,
                PhoneNumbers.isDialable("+14255550100", List.of()).problem());
    }

    @Test
    void anInvalidNumberIsNotDialableForItsOwnReason() {
        assertEquals(PhoneNumberProblem.NO_COUNTRY, PhoneNumbers.isDialable("4255550100", DIALABLE).problem());
        assertEquals(PhoneNumberProblem.INVALID_NUMBER,
                PhoneNumbers.isDialable("+12005550100", DIALABLE).problem());
    }

    @Test
    void aResultIsEitherANumberOrAProblem() {
        assertThrows(IllegalArgumentException.class,
                () -> new PhoneNumberResult("+14255550100", "US", PhoneNumberProblem.TOO_LONG, ""));
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumberResult(null, null, null, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new PhoneNumberResult("+14255550100", null, null, ""));
    }
}
