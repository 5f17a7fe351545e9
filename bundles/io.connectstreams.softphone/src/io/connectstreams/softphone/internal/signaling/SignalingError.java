/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.signaling;

/**
 * A signaling request failed: the server answered with a JSON-RPC error, or did not answer in time, or the socket
 * closed or could not be opened. The message never holds a token.
 */
public final class SignalingError extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** The server answered with an error ({@link SignalingError#code()}). */
        ERROR_RESPONSE,
        /** No answer within the timeout. */
        TIMEOUT,
        /** The socket closed before the answer. */
        CLOSED,
        /** The socket could not be opened. */
        UNREACHABLE,
        /** The URL is not one the softphone connects to ({@link SignalingEndpoints}): no socket was opened. */
        REFUSED_ENDPOINT
    }

    private final Kind kind;
    private final int code;

    /**
     * @param kind why
     * @param code the JSON-RPC error code, 0 unless {@link Kind#ERROR_RESPONSE}
     * @param message what happened
     */
    public SignalingError(Kind kind, int code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /**
     * @return why
     */
    public Kind kind() {
        return kind;
    }

    /**
     * @return the error code of an error response (486 busy, 404 call not found, 403 access denied, ...)
     */
    public int code() {
        return code;
    }
}
