package io.connectstreams.sandbox.internal.media;

import java.util.List;

/**
 * The caller's answer to the softphone's offer.
 *
 * @param sdp the answer SDP
 * @param candidates the caller's ICE candidates, at least one
 */
public record LocalAnswer(String sdp, List<IceCandidate> candidates) {

    /** Copies the candidates. */
    public LocalAnswer {
        candidates = List.copyOf(candidates);
    }
}
