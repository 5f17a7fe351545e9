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
