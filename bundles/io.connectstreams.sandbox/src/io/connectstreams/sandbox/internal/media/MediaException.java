package io.connectstreams.sandbox.internal.media;

/**
 * The caller's media could not answer an offer.
 */
public final class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** The offer (SDP) was rejected by WebRTC. */
        INVALID_OFFER,
        /** WebRTC is unavailable, failed, produced no ICE candidate or took too long. */
        FAILED
    }

    private final Kind kind;

    /**
     * @param kind why
     * @param message what happened (never a credential or an SDP)
     */
    public MediaException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * @param kind why
     * @param message what happened
     * @param cause the underlying failure
     */
    public MediaException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * @return why
     */
    public Kind kind() {
        return kind;
    }
}
