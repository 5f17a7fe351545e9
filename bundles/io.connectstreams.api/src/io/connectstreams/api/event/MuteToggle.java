package io.connectstreams.api.event;

/**
 * Payload of {@link AgentEvents#MUTE_TOGGLE}; Streams' {@code {muted}}.
 *
 * @param muted whether the agent's outgoing audio is now muted
 */
public record MuteToggle(boolean muted) {
}
