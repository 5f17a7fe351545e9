package io.connectstreams.api;

/**
 * {@link Streams#terminate()} ran while the action was pending, or the action was started after it.
 */
public class TerminatedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "Terminated";

    /**
     * @param operation the action that could not complete
     */
    public TerminatedException(String operation) {
        super(TYPE, operation + " stopped: Streams was terminated", 0, null);
    }
}
