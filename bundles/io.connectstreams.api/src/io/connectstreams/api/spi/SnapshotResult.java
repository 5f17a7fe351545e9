/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.connectstreams.api.model.AgentAvailabilityState;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.ContactSnapshot;

/**
 * The answer of {@code GetAgentSnapshot}: the snapshot as the back end sends it (without configuration) and the
 * token for the next long poll.
 *
 * @param state the agent state
 * @param nextState the enqueued next state, may be {@code null}
 * @param availability the router's view, may be {@code null}
 * @param snapshotTimestamp the back end's time
 * @param contacts the contacts, in the order received
 * @param nextToken pass to the next {@code getAgentSnapshot}
 */
public record SnapshotResult(AgentState state, AgentState nextState, AgentAvailabilityState availability,
        Instant snapshotTimestamp, List<ContactSnapshot> contacts, String nextToken) {

    /** Validates and copies. */
    public SnapshotResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(snapshotTimestamp, "snapshotTimestamp");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
