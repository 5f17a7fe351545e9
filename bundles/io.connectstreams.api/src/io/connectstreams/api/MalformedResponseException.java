/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

/**
 * The back end answered with data this client cannot use: malformed or truncated JSON, missing required fields,
 * or a body larger than the limit.
 */
public class MalformedResponseException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "MalformedResponse";

    /**
     * @param message what was wrong (never the body itself)
     * @param statusCode the HTTP status of the response
     * @param cause the parse failure, may be {@code null}
     */
    public MalformedResponseException(String message, int statusCode, Throwable cause) {
        super(TYPE, message, statusCode, cause);
    }
}
