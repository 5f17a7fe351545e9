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
 * Names of the system states the back end puts an agent in; Streams' {@code connect.AgentAvailStates}.
 */
public enum AgentAvailState implements WireValue {
    /** Wire value {@code "Init"}. */
    INIT("Init"),
    /** Wire value {@code "Busy"}. */
    BUSY("Busy"),
    /** Wire value {@code "AfterCallWork"}. */
    AFTER_CALL_WORK("AfterCallWork"),
    /** Wire value {@code "CallingCustomer"}. */
    CALLING_CUSTOMER("CallingCustomer"),
    /** Wire value {@code "Dialing"}. */
    DIALING("Dialing"),
    /** Wire value {@code "Joining"}. */
    JOINING("Joining"),
    /** Wire value {@code "PendingAvailable"}. */
    PENDING_AVAILABLE("PendingAvailable"),
    /** Wire value {@code "PendingBusy"}. */
    PENDING_BUSY("PendingBusy"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<AgentAvailState> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    AgentAvailState(String wire) {
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
    public static AgentAvailState fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
