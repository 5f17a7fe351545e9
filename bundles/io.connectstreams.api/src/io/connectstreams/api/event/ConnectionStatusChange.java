package io.connectstreams.api.event;

import java.util.Objects;

/**
 * Payload of {@link StreamsEvents#CONNECTION_STATUS}.
 *
 * @param oldStatus the previous status
 * @param newStatus the new status
 * @param reason a short human-readable reason, never containing a credential; may be {@code null}
 */
public record ConnectionStatusChange(ConnectionStatus oldStatus, ConnectionStatus newStatus, String reason) {

    /** Validates. */
    public ConnectionStatusChange {
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(newStatus, "newStatus");
    }
}
