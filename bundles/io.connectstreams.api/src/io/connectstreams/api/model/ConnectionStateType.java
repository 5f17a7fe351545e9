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
 * The state of a connection; Streams' {@code connect.ConnectionStateType}.
 */
public enum ConnectionStateType implements WireValue {
    /** Wire value {@code "init"}. */
    INIT("init"),
    /** Wire value {@code "connecting"}. */
    CONNECTING("connecting"),
    /** Wire value {@code "connected"}. */
    CONNECTED("connected"),
    /** Wire value {@code "hold"}. */
    HOLD("hold"),
    /** Wire value {@code "disconnected"}. */
    DISCONNECTED("disconnected"),
    /** Wire value {@code "silent_monitor"}. */
    SILENT_MONITOR("silent_monitor"),
    /** Wire value {@code "barge"}. */
    BARGE("barge"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ConnectionStateType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ConnectionStateType(String wire) {
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
    public static ConnectionStateType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
