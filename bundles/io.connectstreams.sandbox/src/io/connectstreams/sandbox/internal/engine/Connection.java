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
