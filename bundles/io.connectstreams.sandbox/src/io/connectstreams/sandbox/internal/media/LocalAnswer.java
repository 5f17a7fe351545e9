/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
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
