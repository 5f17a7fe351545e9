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
 * The type of a contact reference; Streams' {@code connect.ReferenceType} (Streams declares only {@code URL}; the
 * others are Amazon Connect's reference types).
 */
public enum ReferenceType implements WireValue {
    /** Wire value {@code "URL"}. */
    URL("URL"),
    /** Wire value {@code "ATTACHMENT"}. */
    ATTACHMENT("ATTACHMENT"),
    /** Wire value {@code "NUMBER"}. */
    NUMBER("NUMBER"),
    /** Wire value {@code "STRING"}. */
    STRING("STRING"),
    /** Wire value {@code "DATE"}. */
    DATE("DATE"),
    /** Wire value {@code "EMAIL"}. */
    EMAIL("EMAIL"),
    /** Wire value {@code "EMAIL_MESSAGE"}. */
    EMAIL_MESSAGE("EMAIL_MESSAGE"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ReferenceType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ReferenceType(String wire) {
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
    public static ReferenceType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
