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
 * The type of an agent state; Streams' {@code connect.AgentStateType} (alias {@code AgentStatusType}).
 */
public enum AgentStateType implements WireValue {
    /** Wire value {@code "init"}. */
    INIT("init"),
    /** Wire value {@code "routable"}. */
    ROUTABLE("routable"),
    /** Wire value {@code "not_routable"}. */
    NOT_ROUTABLE("not_routable"),
    /** Wire value {@code "offline"}. */
    OFFLINE("offline"),
    /** Wire value {@code "system"}. */
    SYSTEM("system"),
    /** Wire value {@code "error"}. */
    ERROR("error"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<AgentStateType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    AgentStateType(String wire) {
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
    public static AgentStateType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
