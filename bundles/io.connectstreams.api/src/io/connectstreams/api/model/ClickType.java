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
 * Click-stream actions; Streams' {@code connect.ClickType}.
 */
public enum ClickType implements WireValue {
    /** Wire value {@code "Accept"}. */
    ACCEPT("Accept"),
    /** Wire value {@code "Reject"}. */
    REJECT("Reject"),
    /** Wire value {@code "Hangup"}. */
    HANGUP("Hangup"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ClickType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ClickType(String wire) {
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
    public static ClickType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
