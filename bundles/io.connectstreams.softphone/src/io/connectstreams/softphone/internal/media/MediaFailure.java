package io.connectstreams.softphone.internal.media;

/**
 * A WebRTC step failed. The message says which step; WebRTC's own text is dropped, because its parse errors quote
 * the offending SDP line, which may hold ICE credentials.
 */
public final class MediaFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which step failed, never SDP
     */
    public MediaFailure(String message) {
        super(message);
    }
}
