package io.connectstreams.api;

/**
 * The agent may not do this (HTTP 403, {@code AccessDeniedException}).
 */
public class AccessDeniedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "AccessDeniedException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public AccessDeniedException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
