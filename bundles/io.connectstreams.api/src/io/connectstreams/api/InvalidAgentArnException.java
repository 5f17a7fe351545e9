package io.connectstreams.api;

/**
 * The agent ARN is not valid ({@code InvalidAgentARNException}).
 */
public class InvalidAgentArnException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "InvalidAgentARNException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public InvalidAgentArnException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
