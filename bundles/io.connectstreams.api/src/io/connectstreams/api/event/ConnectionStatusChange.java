/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
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
