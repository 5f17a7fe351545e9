package io.connectstreams.api;

/**
 * The agent configuration was refused ({@code InvalidConfigurationException}).
 */
public class InvalidConfigurationException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "InvalidConfigurationException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public InvalidConfigurationException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
