/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;

/**
 * One participant leg of a contact. Mutable; guarded by the engine's lock.
 */
final class Connection {

    final String id;
    final ConnectionType type;
    final boolean initial;
    final EndpointView endpoint;
    final String quickConnectName;
    ConnectionStateType state;
    long stateSince;
    SoftphoneInfo softphone;
    boolean mute;
    /** What a supervisor's {@code monitoring} connection adds; {@code null} for every other connection. */
    MonitorInfo monitor;

    Connection(String id, ConnectionType type, boolean initial, EndpointView endpoint, String quickConnectName,
            ConnectionStateType state, long now) {
        this.id = id;
        this.type = type;
        this.initial = initial;
        this.endpoint = endpoint;
        this.quickConnectName = quickConnectName;
        this.state = state;
        this.stateSince = now;
    }

    void moveTo(ConnectionStateType newState, long now) {
        if (state != newState) {
            state = newState;
            stateSince = now;
        }
    }

    boolean isActive() {
        return state == ConnectionStateType.CONNECTING || state == ConnectionStateType.CONNECTED
                || state == ConnectionStateType.HOLD;
    }
}
