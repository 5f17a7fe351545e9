package io.connectstreams.softphone.internal.media;

/**
 * A WebRTC step failed. The message never holds SDP: WebRTC's parse errors quote the offending line, which may hold
 * ICE credentials, so the native detail is kept apart and logged only at DEBUG.
 */
public final class MediaFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient String nativeDetail;

    /**
     * @param message what failed
     * @param nativeDetail WebRTC's own text, may quote SDP (DEBUG only), may be {@code null}
     */
    public MediaFailure(String message, String nativeDetail) {
        super(message);
        this.nativeDetail = nativeDetail;
    }

    /**
     * @return WebRTC's own text; log it at DEBUG only
     */
    public String nativeDetail() {
        return nativeDetail;
    }
}
