/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.Map;

/**
 * Maps E.164 country calling codes to the {@link Directory#DIALABLE_COUNTRIES} agents may call.
 */
final class DialingCodes {

    private static final Map<String, String> CODES = Map.of("1", "us", "44", "gb", "49", "de", "33", "fr", "34", "es",
            "39", "it", "353", "ie", "61", "au", "81", "jp");

    private DialingCodes() {
    }

    /**
     * @param e164 a number like {@code +14255550100}
     * @return whether its country is dialable
     */
    static boolean isDialable(String e164) {
        String digits = e164.substring(1);
        for (int length = 3; length >= 1; length--) {
            String country = CODES.get(digits.substring(0, length));
            if (country != null) {
                return Directory.DIALABLE_COUNTRIES.contains(country);
            }
        }
        return false;
    }
}
