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

import io.connectstreams.api.BadEndpointException;

/**
 * A number was refused before anything was dialled: it is no valid phone number, or the agent may not call its
 * country ({@link PhoneNumbers#toDialable}). A {@link BadEndpointException}, as the back end's own refusal of such a
 * number would be, with status code 0 (no request was made).
 */
public class NumberRefusedException extends BadEndpointException {

    private static final long serialVersionUID = 1L;

    private final transient PhoneNumberResult result;
    private final String number;

    /**
     * @param result the refusal
     */
    public NumberRefusedException(PhoneNumberResult result) {
        this(null, result);
    }

    /**
     * @param number the number as it was given, may be {@code null}
     * @param result the refusal
     */
    public NumberRefusedException(String number, PhoneNumberResult result) {
        super(PhoneNumbers.explain(refusal(result)) + " (" + result.problem() + ": " + result.detail() + ")", 0);
        this.result = result;
        this.number = number;
    }

    /**
     * @return the number as it was given ({@code ""} when unknown): phone numbers are no secret
     */
    public String number() {
        return number == null ? "" : number;
    }

    /**
     * @return why the number was refused
     */
    public PhoneNumberProblem problem() {
        return result.problem();
    }

    /**
     * @return the refused result
     */
    public PhoneNumberResult result() {
        return result;
    }

    private static PhoneNumberResult refusal(PhoneNumberResult result) {
        if (Objects.requireNonNull(result, "result").isAccepted()) {
            throw new IllegalArgumentException("an accepted number is no refusal");
        }
        return result;
    }
}
