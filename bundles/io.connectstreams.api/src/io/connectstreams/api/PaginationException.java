package io.connectstreams.api;

/**
 * A page token was not valid ({@code PaginationException}).
 */
public class PaginationException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "PaginationException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public PaginationException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
