package io.connectstreams.api;

/**
 * Agent data was read before the first snapshot arrived; Streams' {@code StateError}.
 */
public class NotInitializedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "StateError";

    /**
     * @param what what was asked for
     */
    public NotInitializedException(String what) {
        super(TYPE, what + " is not available before the agent is initialized", 0, null);
    }
}
