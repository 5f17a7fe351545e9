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
