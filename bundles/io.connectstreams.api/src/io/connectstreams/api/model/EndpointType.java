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

/**
 * The kind of an endpoint (address); Streams' {@code connect.EndpointType} (alias {@code AddressType}).
 */
public enum EndpointType implements WireValue {
    /** Wire value {@code "phone_number"}. */
    PHONE_NUMBER("phone_number"),
    /** Wire value {@code "agent"}. */
    AGENT("agent"),
    /** Wire value {@code "queue"}. */
    QUEUE("queue"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<EndpointType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    EndpointType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * @param wire the string the back end sent, possibly {@code null}
     * @return the matching constant, {@link #UNKNOWN} for anything else
     */
    public static EndpointType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
