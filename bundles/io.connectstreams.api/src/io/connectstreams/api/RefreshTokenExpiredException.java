package io.connectstreams.api;

/**
 * The refresh token expired; the agent must sign in again ({@code RefreshTokenExpiredException}).
 */
public class RefreshTokenExpiredException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "RefreshTokenExpiredException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public RefreshTokenExpiredException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
