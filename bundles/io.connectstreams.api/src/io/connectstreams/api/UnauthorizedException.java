package io.connectstreams.api;

/**
 * The token is missing, expired or invalid (HTTP 401, {@code UnauthorizedException}).
 */
public class UnauthorizedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "UnauthorizedException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public UnauthorizedException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
