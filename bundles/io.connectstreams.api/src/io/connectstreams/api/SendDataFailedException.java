package io.connectstreams.api;

/**
 * Data could not be sent to the contact ({@code SendDataFailedException}).
 */
public class SendDataFailedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "SendDataFailedException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public SendDataFailedException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
