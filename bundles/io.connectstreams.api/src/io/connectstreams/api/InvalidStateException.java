package io.connectstreams.api;

/**
 * The contact, connection or agent is not in a state that allows the action ({@code InvalidStateException}).
 */
public class InvalidStateException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "InvalidStateException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public InvalidStateException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
