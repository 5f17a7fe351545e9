package io.connectstreams.api;

/**
 * The action does not apply to this contact type ({@code InvalidContactTypeException}).
 */
public class InvalidContactTypeException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "InvalidContactTypeException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public InvalidContactTypeException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
