package io.connectstreams.api.event;

/**
 * Payload naming one agent connection; Streams' {@code {connectionId}} of
 * {@link AgentEvents#LOCAL_MEDIA_STREAM_CREATED} and {@link ConnectionEvents#SESSION_INIT}.
 *
 * @param connectionId the agent connection id
 */
public record ConnectionRef(String connectionId) {
}
