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

import io.connectstreams.api.Agent;

/**
 * Payload of {@link AgentEvents#STATE_CHANGE}; Streams' {@code {agent, oldState, newState}} with state names.
 *
 * @param agent the agent
 * @param oldState the previous state name ({@code "Init"} on the first snapshot)
 * @param newState the new state name
 */
public record AgentStateChange(Agent agent, String oldState, String newState) {
}
