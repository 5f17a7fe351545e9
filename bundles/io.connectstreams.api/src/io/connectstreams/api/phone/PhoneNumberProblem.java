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

/**
 * Why {@link PhoneNumbers} refused a phone number. A UI words its own message from the constant; the result's
 * {@linkplain PhoneNumberResult#detail() detail} is for logs.
 */
public enum PhoneNumberProblem {

    /** Nothing was written ({@code null} or blank). */
    EMPTY,

    /** Not a phone number at all: letters, {@code anonymous}, too long an input. */
    NOT_A_NUMBER,

    /** No {@code +} and country code, and no (known) default region to read a national number in. */
    NO_COUNTRY,

    /** The country calling code after the {@code +} belongs to no country ({@code +999}). */
    INVALID_COUNTRY_CODE,

    /** Too few digits for any number of its country. */
    TOO_SHORT,

    /** Too many digits for any number of its country (or for E.164's 15). */
    TOO_LONG,

    /** A length its country uses, but no number of its numbering plan (an unassigned area code, say). */
    INVALID_NUMBER,

    /** An extension ({@code ext. 5}), which an E.164 number cannot carry. */
    EXTENSION,

    /** A valid number of a country that is not among the agent's dialable countries. */
    COUNTRY_NOT_DIALABLE
}
