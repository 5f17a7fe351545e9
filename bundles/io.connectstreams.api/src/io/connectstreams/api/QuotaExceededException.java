package io.connectstreams.api;

/**
 * A service quota was exceeded ({@code QuotaExceededException}).
 */
public class QuotaExceededException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "QuotaExceededException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public QuotaExceededException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
