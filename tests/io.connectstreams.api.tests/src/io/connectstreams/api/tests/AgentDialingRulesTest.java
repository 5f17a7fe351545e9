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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.connectstreams.api.BadEndpointException;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;

/**
 * Click-to-dial's rules for one agent: the default region a national number is read in, the agent's dialable
 * countries, and the plain words of a refusal, on real numbers of several countries.
 */
class AgentDialingRulesTest {

    /** The sandbox's dialable countries, as Connect sends them (lower case, "us" first). */
    private static final List<String> SANDBOX = List.of("us", "ca", "gb", "de", "fr", "es", "it", "ie", "au", "jp");

    private static AgentConfiguration agent(String locale, List<String> dialable) {
        Map<String, String> preferences = locale == null ? Map.of() : Map.of("locale", locale);
        return new AgentConfiguration("Jane", "jane", true, false, "", null, preferences, "arn:agent", List.of(),
                List.of(), dialable);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "en_US |        | US",
            "de_DE |        | DE",
            "fr-FR |        | FR",
            "ja_JP |        | JP",
            "pt_BR |        | US", // Brazil is not dialable: the first dialable country
            "en    |        | US", // a language without a country
            "      |        | US",
            "de_DE | gb,de  | DE",
            "en_US | gb,de  | GB",
            "en_US | xx,de  | DE" }) // a code libphonenumber does not know is skipped
    void theDefaultRegionIsTheLocalesCountryWhenDialableElseTheFirstDialable(String locale, String dialable,
            String region) {
        List<String> countries = dialable == null ? SANDBOX : List.of(dialable.split(","));
        assertEquals(Optional.of(region), PhoneNumbers.defaultRegion(agent(locale, countries)));
    }

    @Test
    void withoutDialableCountriesThereIsNoDefaultRegion() {
        assertEquals(Optional.empty(), PhoneNumbers.defaultRegion(agent("en_US", List.of())));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', value = {
            "(425) 555-0100          | en_US | +14255550100",
            "+1 416 555 0199         | en_US | +14165550199",
            "020 7946 0123           | en_GB | +442079460123",
            "+44 20 7946 0123        | de_DE | +442079460123",
            "030 901820              | de_DE | +4930901820",
            "0044 20 7946 0123       | de_DE | +442079460123",
            "01 42 68 53 00          | fr_FR | +33142685300",
            "91 123 45 67            | es_ES | +34911234567",
            "03-3224-5000            | ja_JP | +81332245000",
            "(02) 9374 4000          | en_AU | +61293744000",
            "sip:+14255550100@host   | en_US | +14255550100" })
    void numbersAsWrittenInTheAgentsCountryAreDialable(String input, String locale, String e164) {
        PhoneNumberResult result = PhoneNumbers.toDialable(input, agent(locale, SANDBOX));
        assertEquals(Optional.of(e164), result.number(), () -> input + ": " + result);
        assertEquals("", PhoneNumbers.explain(result));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "+55 11 3003-9303        | en_US | COUNTRY_NOT_DIALABLE", // Brazil
            "+91 22 2202 8888        | en_US | COUNTRY_NOT_DIALABLE", // India
            "+27 21 418 3700         | en_GB | COUNTRY_NOT_DIALABLE", // South Africa
            "+800 1234 5678          | en_US | COUNTRY_NOT_DIALABLE", // international freephone
            "+1 200 555 0100         | en_US | INVALID_NUMBER", // no US area code 200
            "555-0100                | en_US | TOO_SHORT",
            "+999 123 456            | en_US | INVALID_COUNTRY_CODE",
            "+1 425 555 0100 ext. 12 | en_US | EXTENSION",
            "call me maybe           | en_US | NOT_A_NUMBER",
            "                        | en_US | EMPTY" })
    void refusalsSayWhy(String input, String locale, PhoneNumberProblem problem) {
        PhoneNumberResult result = PhoneNumbers.toDialable(input, agent(locale, SANDBOX));
        assertEquals(problem, result.problem(), () -> input + ": " + result);
        assertFalse(PhoneNumbers.explain(result).isBlank());
    }

    @Test
    void aCountryTheAgentMayNotDialIsRefusedEvenInItsOwnNationalForm() {
        // an agent in Germany who may dial only the UK: a German national number has no country it may be read in
        PhoneNumberResult result = PhoneNumbers.toDialable("030 901820", agent("de_DE", List.of("gb")));
        assertEquals(PhoneNumberProblem.INVALID_NUMBER, result.problem(), result::toString);
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE,
                PhoneNumbers.toDialable("+49 30 901820", agent("de_DE", List.of("gb"))).problem());
    }

    @Test
    void withoutAnyDialableCountryOnlyInternationalNumbersAreReadAndNoneIsDialable() {
        AgentConfiguration nowhere = agent("en_US", List.of());
        assertEquals(PhoneNumberProblem.NO_COUNTRY, PhoneNumbers.toDialable("(425) 555-0100", nowhere).problem());
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE,
                PhoneNumbers.toDialable("+1 425 555 0100", nowhere).problem());
    }

    @ParameterizedTest
    @EnumSource(PhoneNumberProblem.class)
    void everyProblemHasPlainWords(PhoneNumberProblem problem) {
        String words = PhoneNumbers.explain(PhoneNumberResult.refused(problem, "detail"));
        assertTrue(words.endsWith("."), words);
        assertFalse(words.contains("_"), words);
    }

    @Test
    void aRefusalIsATypedBadEndpoint() {
        PhoneNumberResult refused = PhoneNumbers.toDialable("+55 11 3003-9303", agent("en_US", SANDBOX));
        NumberRefusedException exception = new NumberRefusedException(refused);
        assertInstanceOf(BadEndpointException.class, exception);
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE, exception.problem());
        assertEquals(BadEndpointException.TYPE, exception.errorType());
        assertEquals(0, exception.statusCode(), "no request was made");
        assertTrue(exception.getMessage().startsWith(PhoneNumbers.explain(refused)), exception.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new NumberRefusedException(PhoneNumberResult.accepted("+14255550100", "US")));
    }
}
