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

import java.util.Locale;

/**
 * Brings the ways a phone number is written to one comparable form, so a caller's number from the contact center
 * ({@code +14255550100}, {@code sip:+14255550100@host}) finds the customer whose record says
 * {@code +1 (425) 555-0100}.
 * <p>
 * Rules: a {@code sip:}, {@code sips:} or {@code tel:} scheme, an {@code @host} part and {@code ;parameters} are
 * dropped; spaces, parentheses, dashes, dots and slashes are separators; a leading {@code +} or {@code 00} marks an
 * international number. Without either, ten digits (or eleven starting with 1) are read as a North American number
 * (the demo's directory is mostly North American); any other digit string stays as it is, without a {@code +}.
 * Anything else (letters, {@code anonymous}, fewer than 3 or more than 15 digits) is not a phone number.
 */
public final class PhoneNumbers {

    /** Longer input is not a phone number (and is not scanned). */
    static final int MAX_INPUT_LENGTH = 100;
    private static final int MIN_DIGITS = 3;
    /** E.164 allows at most 15 digits. */
    private static final int MAX_DIGITS = 15;
    private static final String[] SCHEMES = { "sips:", "sip:", "tel:" };
    private static final String SEPARATORS = " ()-./\t";

    private PhoneNumbers() {
    }

    /**
     * @param raw a phone number as written anywhere, may be {@code null}
     * @return its comparable form ({@code +14255550100}, or bare digits for a number without a country), or an
     *         empty string when {@code raw} is not a phone number
     */
    public static String normalize(String raw) {
        if (raw == null || raw.length() > MAX_INPUT_LENGTH) {
            return "";
        }
        String number = withoutUriParts(raw.trim());
        boolean international = number.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = international ? 1 : 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (SEPARATORS.indexOf(c) < 0) {
                return "";
            }
        }
        if (!international && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            international = true;
            digits.delete(0, 2);
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return "";
        }
        if (international) {
            return "+" + digits;
        }
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return "+" + digits;
        }
        return digits.toString();
    }

    /**
     * @param raw a phone number as written anywhere
     * @return whether {@link #normalize(String)} makes an E.164 number of it ({@code +} and 7 to 15 digits, the
     *         form the sandbox accepts for callers)
     */
    public static boolean isE164(String raw) {
        return normalize(raw).matches("\\+[1-9][0-9]{6,14}");
    }

    private static String withoutUriParts(String number) {
        String result = number;
        String lower = result.toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                result = result.substring(scheme.length());
                break;
            }
        }
        int end = result.length();
        int at = result.indexOf('@');
        if (at >= 0) {
            end = at;
        }
        int parameters = result.indexOf(';');
        if (parameters >= 0 && parameters < end) {
            end = parameters;
        }
        return result.substring(0, end).trim();
    }
}
