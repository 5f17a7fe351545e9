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

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link PhoneNumbers}: either an accepted number, in E.164 form with the region it belongs to, or the
 * {@link PhoneNumberProblem} that made it refused.
 *
 * @param e164 the number in E.164 form ({@code +14255550100}), {@code null} when refused
 * @param region the ISO 3166 code (upper case) of the number's country, {@code "001"} for a non-geographic number
 *        ({@code +800}), {@code null} when refused
 * @param problem why the number was refused, {@code null} when accepted
 * @param detail what exactly was wrong, in English, for logs; empty when accepted
 */
public record PhoneNumberResult(String e164, String region, PhoneNumberProblem problem, String detail) {

    /** Validates: exactly one of a number or a problem. */
    public PhoneNumberResult {
        Objects.requireNonNull(detail, "detail");
        if ((e164 == null) == (problem == null) || (e164 == null) != (region == null)) {
            throw new IllegalArgumentException("either a number and its region or a problem");
        }
    }

    /**
     * @param e164 the number in E.164 form
     * @param region the number's region
     * @return an accepted number
     */
    public static PhoneNumberResult accepted(String e164, String region) {
        return new PhoneNumberResult(Objects.requireNonNull(e164, "e164"), Objects.requireNonNull(region, "region"),
                null, "");
    }

    /**
     * @param problem why the number is refused
     * @param detail what exactly was wrong, for logs (never a secret: phone numbers are not)
     * @return a refused number
     */
    public static PhoneNumberResult refused(PhoneNumberProblem problem, String detail) {
        return new PhoneNumberResult(null, null, Objects.requireNonNull(problem, "problem"), detail);
    }

    /**
     * @return whether the number was accepted
     */
    public boolean isAccepted() {
        return e164 != null;
    }

    /**
     * @return the number in E.164 form, empty when refused
     */
    public Optional<String> number() {
        return Optional.ofNullable(e164);
    }
}
