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
 * Agent permissions the client checks; Streams' {@code connect.AgentPermissions}.
 */
public enum AgentPermission implements WireValue {
    /** Wire value {@code "outboundCall"}. */
    OUTBOUND_CALL("outboundCall"),
    /** Wire value {@code "voiceId"}. */
    VOICE_ID("voiceId"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<AgentPermission> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    AgentPermission(String wire) {
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
    public static AgentPermission fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
