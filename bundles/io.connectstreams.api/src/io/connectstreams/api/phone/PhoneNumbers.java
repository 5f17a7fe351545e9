/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.phone;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import io.connectstreams.api.model.AgentConfiguration;

/**
 * Phone numbers as Amazon Connect wants them: E.164 ({@code +14255550100}), checked against each country's numbering
 * plan with Google's libphonenumber, shown the way people write them, and checked against the agent's
 * {@linkplain io.connectstreams.api.Agent#getDialableCountries() dialable countries} before a call is placed.
 * <p>
 * Input may be written any way people write numbers ({@code +1 (425) 555-0100}, {@code 020 7946 0123} with region
 * {@code GB}, {@code 0044 20 7946 0123} from Germany, {@code 1-800-FLOWERS}) or as Connect endpoints carry them
 * ({@code sip:+14255550100@host}, {@code tel:+1-425-555-0100}). A number is accepted only when it is valid in its
 * country's plan, not merely of a plausible length. Thread-safe; the numbering plans are loaded on first use.
 */
public final class PhoneNumbers {

    /** Longer input is not a phone number (and is not parsed). */
    public static final int MAX_INPUT_LENGTH = 100;
    /** libphonenumber's region of numbers that belong to no country ({@code +800}, {@code +882}). */
    private static final String NON_GEOGRAPHIC = "001";
    private static final String UNKNOWN_REGION = "ZZ";
    private static final String[] SIP_SCHEMES = { "sips:", "sip:" };

    private PhoneNumbers() {
    }

    /**
     * Reads a phone number into E.164 form.
     *
     * @param input a phone number as written anywhere, may be {@code null}
     * @param defaultRegion the ISO 3166 code (any case) of the country whose national numbers {@code input} may be
     *        written in ({@code "US"}: {@code (425) 555-0100}); {@code null} or an unknown code when only
     *        international numbers ({@code +} or the region's international prefix) are accepted
     * @return the number in E.164 form with its region, or why it was refused
     */
    public static PhoneNumberResult toE164(String input, String defaultRegion) {
        if (input == null || input.isBlank()) {
            return PhoneNumberResult.refused(PhoneNumberProblem.EMPTY, "no number");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            return PhoneNumberResult.refused(PhoneNumberProblem.NOT_A_NUMBER,
                    "longer than " + MAX_INPUT_LENGTH + " characters");
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String region = region(defaultRegion);
        String text = withoutSipParts(input.trim());
        PhoneNumber number;
        try {
            number = util.parse(text, region);
        } catch (NumberParseException e) {
            return refused(e, text.startsWith("+") || !UNKNOWN_REGION.equals(region));
        }
        if (number.hasExtension()) {
            return PhoneNumberResult.refused(PhoneNumberProblem.EXTENSION, "extension " + number.getExtension());
        }
        switch (util.isPossibleNumberWithReason(number)) {
        case IS_POSSIBLE:
            break;
        case INVALID_COUNTRY_CODE:
            return PhoneNumberResult.refused(PhoneNumberProblem.INVALID_COUNTRY_CODE,
                    "no country has the calling code " + number.getCountryCode());
        case TOO_LONG:
            return PhoneNumberResult.refused(PhoneNumberProblem.TOO_LONG, "too many digits");
        default: // too short, or a local number without its area code
            return PhoneNumberResult.refused(PhoneNumberProblem.TOO_SHORT, "too few digits");
        }
        String numberRegion = util.getRegionCodeForNumber(number);
        if (!util.isValidNumber(number) || numberRegion == null) {
            return PhoneNumberResult.refused(PhoneNumberProblem.INVALID_NUMBER,
                    "not a number of the plan of +" + number.getCountryCode());
        }
        return PhoneNumberResult.accepted(util.format(number, PhoneNumberFormat.E164), numberRegion);
    }

    /**
     * Writes a number for people: the national form when its country is known ({@code (425) 555-0100},
     * {@code 020 7946 0123}), the international form otherwise ({@code +800 1234 5678}).
     *
     * @param e164 a number in E.164 form (or any form {@link #toE164(String, String)} reads without a region)
     * @return the readable form; {@code e164} itself when it is not a valid number, {@code ""} for {@code null}
     */
    public static String forDisplay(String e164) {
        return format(e164, null);
    }

    /**
     * Writes a number for an agent in {@code homeRegion}: the national form for a number of that country, the
     * international form for any other ({@code +44 20 7946 0123} for an agent in the US).
     *
     * @param e164 a number in E.164 form (or any form {@link #toE164(String, String)} reads without a region)
     * @param homeRegion the ISO 3166 code (any case) of the agent's country
     * @return the readable form; {@code e164} itself when it is not a valid number, {@code ""} for {@code null}
     */
    public static String forDisplay(String e164, String homeRegion) {
        return format(e164, region(homeRegion));
    }

    /**
     * Whether an agent may call a number: Amazon Connect refuses numbers of countries that are not among the agent's
     * {@linkplain io.connectstreams.api.Agent#getDialableCountries() dialable countries}.
     *
     * @param e164 the number to call, in E.164 form (or any form {@link #toE164(String, String)} reads without a
     *        region)
     * @param dialableCountries ISO 3166 codes (any case, Connect sends lower case) of the countries the agent may
     *        dial
     * @return the number and its country when the agent may dial it; else why not:
     *         {@link PhoneNumberProblem#COUNTRY_NOT_DIALABLE}, or the problem of an invalid number
     */
    public static PhoneNumberResult isDialable(String e164, List<String> dialableCountries) {
        PhoneNumberResult number = toE164(e164, null);
        if (!number.isAccepted()) {
            return number;
        }
        for (String country : dialableCountries) {
            if (country != null && country.trim().equalsIgnoreCase(number.region())) {
                return number;
            }
        }
        return PhoneNumberResult.refused(PhoneNumberProblem.COUNTRY_NOT_DIALABLE,
                number.region() + " is not among the dialable countries " + dialableCountries);
    }

    // ---------------------------------------------------------------- click-to-dial: the agent's own rules

    /**
     * The country whose national numbers an agent may type without {@code +} and country code: the country of the
     * agent's locale preference ({@code en_US}: US) when the agent may dial it, else the first of the agent's
     * dialable countries, else none. The locale wins because it says where the agent works; a locale country the
     * agent may not dial is not where the agent dials, so it is skipped.
     *
     * @param configuration the agent's configuration
     * @return the ISO 3166 code (upper case), empty when national numbers cannot be read
     */
    public static Optional<String> defaultRegion(AgentConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        List<String> dialable = configuration.dialableCountries().stream().filter(Objects::nonNull)
                .map(PhoneNumbers::region).filter(region -> !UNKNOWN_REGION.equals(region)).toList();
        Optional<String> home = configuration.locale().map(PhoneNumbers::localeCountry).map(PhoneNumbers::region)
                .filter(dialable::contains);
        return home.isPresent() ? home : dialable.stream().findFirst();
    }

    /**
     * Checks a number an agent wants to call, as written anywhere: read in the agent's
     * {@linkplain #defaultRegion(AgentConfiguration) default region}, then checked against the agent's dialable
     * countries. What {@link io.connectstreams.api.Agent#connect} should be given is the accepted result's E.164
     * form.
     *
     * @param input the number as typed or stored in a CRM record, may be {@code null}
     * @param configuration the agent's configuration
     * @return the number in E.164 form with its region, or why the agent may not call it
     */
    public static PhoneNumberResult toDialable(String input, AgentConfiguration configuration) {
        PhoneNumberResult number = toE164(input, defaultRegion(configuration).orElse(null));
        return number.isAccepted() ? isDialable(number.e164(), configuration.dialableCountries()) : number;
    }

    /**
     * Says in plain English why a number was refused, for logs, exceptions and hosts without messages of their
     * own (a UI words its own, translated, from the {@link PhoneNumberProblem}).
     *
     * @param result a result of this class
     * @return the reason in one sentence, {@code ""} for an accepted number
     */
    public static String explain(PhoneNumberResult result) {
        if (result.isAccepted()) {
            return "";
        }
        return switch (result.problem()) {
        case EMPTY -> "No phone number was given.";
        case NOT_A_NUMBER -> "This is not a phone number.";
        case NO_COUNTRY -> "The number has no country code; write it with + and the country code.";
        case INVALID_COUNTRY_CODE -> "No country has this country code.";
        case TOO_SHORT -> "The number has too few digits.";
        case TOO_LONG -> "The number has too many digits.";
        case INVALID_NUMBER -> "No such number exists in its country.";
        case EXTENSION -> "An extension cannot be dialled; remove it.";
        case COUNTRY_NOT_DIALABLE -> "The agent may not call numbers of this country.";
        };
    }

    /** {@code en_US}, {@code en-US}: {@code US}; {@code null} without a country. */
    private static String localeCountry(String locale) {
        String[] parts = locale.trim().split("[_-]");
        return parts.length > 1 && parts[1].length() == 2 ? parts[1] : null;
    }

    private static String format(String e164, String homeRegion) {
        if (e164 == null) {
            return "";
        }
        PhoneNumberResult result = toE164(e164, null);
        if (!result.isAccepted()) {
            return e164;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(result.e164(), UNKNOWN_REGION);
            boolean national = homeRegion == null ? !NON_GEOGRAPHIC.equals(result.region())
                    : homeRegion.equals(result.region());
            return util.format(number, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164; // cannot happen: the E.164 form of an accepted number parses
        }
    }

    private static PhoneNumberResult refused(NumberParseException e, boolean countryCodeExpected) {
        switch (e.getErrorType()) {
        case INVALID_COUNTRY_CODE:
            return countryCodeExpected
                    ? PhoneNumberResult.refused(PhoneNumberProblem.INVALID_COUNTRY_CODE, "unknown country code")
                    : PhoneNumberResult.refused(PhoneNumberProblem.NO_COUNTRY,
                            "no country code and no known default region");
        case TOO_SHORT_AFTER_IDD:
        case TOO_SHORT_NSN:
            return PhoneNumberResult.refused(PhoneNumberProblem.TOO_SHORT, "too few digits");
        case TOO_LONG:
            return PhoneNumberResult.refused(PhoneNumberProblem.TOO_LONG, "too many digits");
        default:
            return PhoneNumberResult.refused(PhoneNumberProblem.NOT_A_NUMBER, "not a phone number");
        }
    }

    /** The region libphonenumber knows for an ISO code, {@code ZZ} for none. */
    private static String region(String code) {
        if (code == null) {
            return UNKNOWN_REGION;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return PhoneNumberUtil.getInstance().getSupportedRegions().contains(upper) ? upper : UNKNOWN_REGION;
    }

    /** A SIP URI's user part: Connect endpoints carry {@code sip:+14255550100@host;transport=tls}. */
    private static String withoutSipParts(String number) {
        String lower = number.toLowerCase(Locale.ROOT);
        for (String scheme : SIP_SCHEMES) {
            if (lower.startsWith(scheme)) {
                String user = number.substring(scheme.length());
                int end = user.length();
                int at = user.indexOf('@');
                if (at >= 0) {
                    end = at;
                }
                int parameters = user.indexOf(';');
                if (parameters >= 0 && parameters < end) {
                    end = parameters;
                }
                return user.substring(0, end);
            }
        }
        return number;
    }
}
