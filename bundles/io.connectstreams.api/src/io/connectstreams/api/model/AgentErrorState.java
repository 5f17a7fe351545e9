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
 * Names of the agent error states; Streams' {@code connect.AgentErrorStates}. Entering one fires {@code agent::error}.
 */
public enum AgentErrorState implements WireValue {
    /** Wire value {@code "Error"}. */
    ERROR("Error"),
    /** Wire value {@code "AgentHungUp"}. */
    AGENT_HUNG_UP("AgentHungUp"),
    /** Wire value {@code "BadAddressAgent"}. */
    BAD_ADDRESS_AGENT("BadAddressAgent"),
    /** Wire value {@code "BadAddressCustomer"}. */
    BAD_ADDRESS_CUSTOMER("BadAddressCustomer"),
    /** Wire value {@code "Default"}. */
    DEFAULT("Default"),
    /** Wire value {@code "FailedConnectAgent"}. */
    FAILED_CONNECT_AGENT("FailedConnectAgent"),
    /** Wire value {@code "FailedConnectCustomer"}. */
    FAILED_CONNECT_CUSTOMER("FailedConnectCustomer"),
    /** Wire value {@code "InvalidLocale"}. */
    INVALID_LOCALE("InvalidLocale"),
    /** Wire value {@code "LineEngagedAgent"}. */
    LINE_ENGAGED_AGENT("LineEngagedAgent"),
    /** Wire value {@code "LineEngagedCustomer"}. */
    LINE_ENGAGED_CUSTOMER("LineEngagedCustomer"),
    /** Wire value {@code "MissedCallAgent"}. */
    MISSED_CALL_AGENT("MissedCallAgent"),
    /** Wire value {@code "MissedCallCustomer"}. */
    MISSED_CALL_CUSTOMER("MissedCallCustomer"),
    /** Wire value {@code "MultipleCcpWindows"}. */
    MULTIPLE_CCP_WINDOWS("MultipleCcpWindows"),
    /** Wire value {@code "RealtimeCommunicationError"}. */
    REALTIME_COMMUNICATION_ERROR("RealtimeCommunicationError"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<AgentErrorState> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    AgentErrorState(String wire) {
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
    public static AgentErrorState fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
