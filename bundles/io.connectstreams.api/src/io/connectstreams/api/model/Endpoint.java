/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

import java.util.Objects;

/**
 * An address a contact can be connected or transferred to; Streams' {@code connect.Endpoint}
 * (alias {@code connect.Address}).
 *
 * @param endpointArn the endpoint's ARN (Streams' {@code endpointARN}; {@code endpointId} is the same value), may be
 *            {@code null} for an ad-hoc phone number
 * @param type the endpoint type
 * @param name display name, may be {@code null}
 * @param phoneNumber the E.164 number or SIP URI, may be {@code null}
 * @param agentLogin the login of an agent endpoint, may be {@code null}
 * @param queue the queue of a queue endpoint, may be {@code null}
 */
public record Endpoint(String endpointArn, EndpointType type, String name, String phoneNumber, String agentLogin,
        Queue queue) {

    /** Validates the type. */
    public Endpoint {
        Objects.requireNonNull(type, "type");
    }

    /**
     * Streams' {@code connect.Endpoint.byPhoneNumber(number, name)}.
     *
     * @param number the phone number, for example {@code "+14255550100"}
     * @param name display name, or {@code null} to use the number
     * @return a phone-number endpoint without an ARN
     */
    public static Endpoint byPhoneNumber(String number, String name) {
        Objects.requireNonNull(number, "number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("number: must not be blank");
        }
        return new Endpoint(null, EndpointType.PHONE_NUMBER, name != null ? name : number, number, null, null);
    }

    /**
     * @param number the phone number
     * @return {@link #byPhoneNumber(String, String)} named after the number
     */
    public static Endpoint byPhoneNumber(String number) {
        return byPhoneNumber(number, null);
    }

    /**
     * @return the endpoint id, Streams' {@code endpointId} (the same value as the ARN)
     */
    public String endpointId() {
        return endpointArn;
    }

    /**
     * Streams' {@code stripPhoneNumber()}: removes a {@code sip:} prefix and an {@code @host} suffix.
     *
     * @return the bare number, or an empty string when there is none
     */
    public String stripPhoneNumber() {
        if (phoneNumber == null) {
            return "";
        }
        String number = phoneNumber.startsWith("sip:") ? phoneNumber.substring(4) : phoneNumber;
        int at = number.indexOf('@');
        return at >= 0 ? number.substring(0, at) : number;
    }
}
