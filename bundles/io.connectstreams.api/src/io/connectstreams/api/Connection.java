/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.model.SoftphoneMediaInfo;

/**
 * One party of a contact; Streams' {@code connect.BaseConnection}. Getters read the latest snapshot.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Connection {

    /**
     * @return the latest data; Streams' {@code toSnapshot()}
     */
    ConnectionSnapshot toSnapshot();

    /**
     * @return Streams' {@code getContactId()}
     */
    default String getContactId() {
        return toSnapshot().contactId();
    }

    /**
     * @return Streams' {@code getConnectionId()}
     */
    default String getConnectionId() {
        return toSnapshot().connectionId();
    }

    /**
     * @return the far end, may be {@code null}; Streams' {@code getEndpoint()} (alias {@code getAddress()})
     */
    default Endpoint getEndpoint() {
        return toSnapshot().endpoint();
    }

    /**
     * @return Streams' {@code getState()} (alias {@code getStatus()})
     */
    default ConnectionState getState() {
        return toSnapshot().state();
    }

    /**
     * @return time in the current state, corrected by the clock skew; Streams' {@code getStateDuration()}
     */
    Duration getStateDuration();

    /**
     * @return Streams' {@code getType()}
     */
    default ConnectionType getType() {
        return toSnapshot().type();
    }

    /**
     * @return Streams' {@code isInitialConnection()}
     */
    default boolean isInitialConnection() {
        return toSnapshot().initial();
    }

    /**
     * @return Streams' {@code isActive()}
     */
    default boolean isActive() {
        return toSnapshot().isActive();
    }

    /**
     * @return Streams' {@code isConnected()}
     */
    default boolean isConnected() {
        return toSnapshot().isConnected();
    }

    /**
     * @return Streams' {@code isConnecting()}
     */
    default boolean isConnecting() {
        return toSnapshot().isConnecting();
    }

    /**
     * @return Streams' {@code isOnHold()}
     */
    default boolean isOnHold() {
        return toSnapshot().isOnHold();
    }

    /**
     * @return the softphone media data, may be {@code null}; Streams' {@code getSoftphoneMediaInfo()}
     */
    default SoftphoneMediaInfo getSoftphoneMediaInfo() {
        return toSnapshot().softphoneMediaInfo();
    }

    /**
     * @return who monitors and since when, empty when nobody does; Streams' {@code getMonitorInfo()} (a base
     *         connection getter in Streams)
     */
    default Optional<MonitoringInfo> getMonitorInfo() {
        return Optional.ofNullable(toSnapshot().monitoringInfo());
    }

    /**
     * Hangs this party up; Streams' {@code destroy()} ({@code DestroyConnection}).
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> destroy();

    /**
     * @param digits DTMF digits ({@code 0-9*#} and {@code ,} for a pause); Streams' {@code sendDigits(digits)}
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> sendDigits(String digits);

    /**
     * @return Streams' {@code hold()} ({@code HoldConnection})
     */
    CompletionStage<Void> hold();

    /**
     * @return Streams' {@code resume()} ({@code ResumeConnection})
     */
    CompletionStage<Void> resume();
}
