package io.connectstreams.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A connection's state and when it was entered (back-end clock); Streams' {@code connection.state}.
 *
 * @param type the state type
 * @param timestamp when it was entered, may be {@code null}
 */
public record ConnectionState(ConnectionStateType type, Instant timestamp) {

    /** Validates the type. */
    public ConnectionState {
        Objects.requireNonNull(type, "type");
    }
}
