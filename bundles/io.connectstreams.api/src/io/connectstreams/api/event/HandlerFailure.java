package io.connectstreams.api.event;

/**
 * Payload of {@link StreamsEvents#HANDLER_FAILURE}.
 *
 * @param eventName the event whose handler threw
 * @param exceptionType the class name of what was thrown
 * @param message its message, may be {@code null}
 */
public record HandlerFailure(String eventName, String exceptionType, String message) {
}
