package io.connectstreams.api;

/**
 * The back end could not be reached or failed (network error, HTTP 5xx, throttling with 429); retrying later may
 * succeed.
 */
public class ServiceUnavailableException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The error type used when no HTTP response arrived. */
    public static final String NETWORK = "NetworkingError";

    /**
     * @param errorType the service's exception name, or {@link #NETWORK}
     * @param message what happened
     * @param statusCode the HTTP status, 0 when there was no response
     * @param cause the cause, may be {@code null}
     */
    public ServiceUnavailableException(String errorType, String message, int statusCode, Throwable cause) {
        super(errorType, message, statusCode, cause);
    }
}
