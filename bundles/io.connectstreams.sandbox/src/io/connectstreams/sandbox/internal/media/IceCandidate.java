package io.connectstreams.sandbox.internal.media;

/**
 * An ICE candidate in the form connect-rtc sends and expects ({@code RTCIceCandidate} JSON).
 *
 * @param candidate the candidate line, {@code candidate:...}
 * @param sdpMid the media id, may be {@code null}
 * @param sdpMLineIndex the m-line index
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {
}
