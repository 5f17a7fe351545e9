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
