package io.connectstreams.api;

/**
 * The endpoint cannot be dialled or transferred to ({@code BadEndpointException}).
 */
public class BadEndpointException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "BadEndpointException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public BadEndpointException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
