package io.connectstreams.api.event;

/**
 * Payload of {@link EventType#AUTH_FAIL}, {@link EventType#ACCESS_DENIED} and {@link EventType#AUTHORIZE_SUCCESS}.
 *
 * @param authorize whether it concerns the authorize endpoint (Streams' {@code {authorize:true}}) rather than a CTI
 *            call
 * @param reason a short reason, never containing a credential; may be {@code null}
 */
public record AuthEvent(boolean authorize, String reason) {
}
