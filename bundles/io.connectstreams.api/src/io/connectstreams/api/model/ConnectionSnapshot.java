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

import java.util.List;
import java.util.Objects;

/**
 * The frozen data of one connection of a contact; Streams' {@code ConnectionSnapshot}.
 *
 * @param contactId the contact the connection belongs to
 * @param connectionId the connection id
 * @param type agent, inbound, outbound or monitoring
 * @param initial whether this is the contact's initial connection
 * @param state the state
 * @param endpoint the far end (Streams' {@code endpoint}, alias {@code address}), may be {@code null}
 * @param softphoneMediaInfo media set-up data of a softphone agent connection, else {@code null}
 * @param mute server-side mute of this participant (not the agent's local mute)
 * @param forcedMute whether a supervisor forced the mute
 * @param quickConnectName name of the quick connect used to dial it, may be {@code null}
 * @param monitorCapabilities the monitoring modes a supervisor may switch to (Streams'
 *            {@code getMonitorCapabilities()}); a mode this version does not know is {@link MonitoringMode#UNKNOWN}
 * @param monitorStatus the current monitoring mode of a supervisor's connection, {@code null} when it does not
 *            monitor (Streams' {@code getMonitorStatus()})
 * @param monitoringInfo who monitors and since when, {@code null} when nobody does (Streams' {@code getMonitorInfo()})
 */
public record ConnectionSnapshot(String contactId, String connectionId, ConnectionType type, boolean initial,
        ConnectionState state, Endpoint endpoint, SoftphoneMediaInfo softphoneMediaInfo, boolean mute,
        boolean forcedMute, String quickConnectName, List<MonitoringMode> monitorCapabilities,
        MonitoringMode monitorStatus, MonitoringInfo monitoringInfo) {

    /** Validates identifiers; copies the list. */
    public ConnectionSnapshot {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        monitorCapabilities = monitorCapabilities == null ? List.of()
                : monitorCapabilities.stream().filter(Objects::nonNull).toList();
    }

    /**
     * A connection without monitoring information.
     *
     * @param contactId the contact the connection belongs to
     * @param connectionId the connection id
     * @param type agent, inbound, outbound or monitoring
     * @param initial whether this is the contact's initial connection
     * @param state the state
     * @param endpoint the far end, may be {@code null}
     * @param softphoneMediaInfo media set-up data of a softphone agent connection, else {@code null}
     * @param mute server-side mute of this participant
     * @param forcedMute whether a supervisor forced the mute
     * @param quickConnectName name of the quick connect used to dial it, may be {@code null}
     * @param monitorCapabilities monitoring modes allowed, may be {@code null}
     * @param monitorStatus the current monitoring mode, may be {@code null}
     */
    public ConnectionSnapshot(String contactId, String connectionId, ConnectionType type, boolean initial,
            ConnectionState state, Endpoint endpoint, SoftphoneMediaInfo softphoneMediaInfo, boolean mute,
            boolean forcedMute, String quickConnectName, List<MonitoringMode> monitorCapabilities,
            MonitoringMode monitorStatus) {
        this(contactId, connectionId, type, initial, state, endpoint, softphoneMediaInfo, mute, forcedMute,
                quickConnectName, monitorCapabilities, monitorStatus, null);
    }

    /**
     * @return Streams' {@code isSilentMonitor()}: the monitoring mode is {@code SILENT_MONITOR}
     */
    public boolean isSilentMonitor() {
        return monitorStatus == MonitoringMode.SILENT_MONITOR;
    }

    /**
     * @return Streams' {@code isBarge()}: the monitoring mode is {@code BARGE}
     */
    public boolean isBarge() {
        return monitorStatus == MonitoringMode.BARGE;
    }

    /**
     * @return Streams' {@code isActive()}: connecting, connected, hold, silent_monitor or barge
     */
    public boolean isActive() {
        return switch (state.type()) {
            case CONNECTING, CONNECTED, HOLD, SILENT_MONITOR, BARGE -> true;
            default -> false;
        };
    }

    /**
     * @return Streams' {@code isConnected()}: connected, silent_monitor or barge
     */
    public boolean isConnected() {
        return switch (state.type()) {
            case CONNECTED, SILENT_MONITOR, BARGE -> true;
            default -> false;
        };
    }

    /**
     * @return Streams' {@code isConnecting()}
     */
    public boolean isConnecting() {
        return state.type() == ConnectionStateType.CONNECTING;
    }

    /**
     * @return Streams' {@code isOnHold()}
     */
    public boolean isOnHold() {
        return state.type() == ConnectionStateType.HOLD;
    }

    /**
     * @return whether this is the agent's own leg (type agent or monitoring)
     */
    public boolean isAgentConnection() {
        return type == ConnectionType.AGENT || type == ConnectionType.MONITORING;
    }
}
