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
