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
 * An agent state: one entry of {@code agent.getAgentStates()}, or the current {@code snapshot.state}.
 * Streams' {@code AgentState} ({@code {agentStateARN, type, name, startTimestamp}}).
 *
 * @param agentStateArn the ARN of a configured state, {@code null} for system states
 * @param type the state type
 * @param name the state name, for example {@code "Available"} or {@code "AfterCallWork"}
 * @param startTimestamp when the agent entered the state, {@code null} for an entry of the configured state list
 */
public record AgentState(String agentStateArn, AgentStateType type, String name, Instant startTimestamp) {

    /**
     * @param agentStateArn the ARN of a configured state, may be {@code null}
     * @param type the state type, required
     * @param name the state name, required
     * @param startTimestamp may be {@code null}
     */
    public AgentState {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /**
     * @return whether this is one of {@link AgentErrorState}'s names (Streams fires {@code agent::error} on entering it)
     */
    public boolean isError() {
        return AgentErrorState.fromWire(name) != AgentErrorState.UNKNOWN || type == AgentStateType.ERROR;
    }

    /**
     * @return whether two states are the same state regardless of their start time
     */
    public boolean sameStateAs(AgentState other) {
        return other != null && type == other.type && name.equals(other.name)
                && Objects.equals(agentStateArn, other.agentStateArn);
    }
}
