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

/**
 * The agent's availability as the router sees it; Streams' {@code snapshot.agentAvailabilityState}
 * (note the wire field {@code timeStamp} with a capital S).
 *
 * @param state for example {@code "Available"}
 * @param timeStamp when it was entered, may be {@code null}
 */
public record AgentAvailabilityState(String state, Instant timeStamp) {
}
