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
 * How a supervisor monitors a contact; Streams' {@code connect.MonitoringMode}.
 */
public enum MonitoringMode implements WireValue {
    /** Wire value {@code "SILENT_MONITOR"}. */
    SILENT_MONITOR("SILENT_MONITOR"),
    /** Wire value {@code "BARGE"}. */
    BARGE("BARGE"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<MonitoringMode> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    MonitoringMode(String wire) {
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
    public static MonitoringMode fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
