package io.connectstreams.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A contact's state and when it was entered (back-end clock); Streams' {@code contact.state}
 * (the worker also exposes it as {@code contact.status}).
 *
 * @param type the state type
 * @param timestamp when it was entered, may be {@code null}
 */
public record ContactState(ContactStateType type, Instant timestamp) {

    /** Validates the type. */
    public ContactState {
        Objects.requireNonNull(type, "type");
    }
}
