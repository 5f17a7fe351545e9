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
 * The back end could not be reached or failed (network error, HTTP 5xx, throttling with 429); retrying later may
 * succeed.
 */
public class ServiceUnavailableException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The error type used when no HTTP response arrived. */
    public static final String NETWORK = "NetworkingError";

    /**
     * @param errorType the service's exception name, or {@link #NETWORK}
     * @param message what happened
     * @param statusCode the HTTP status, 0 when there was no response
     * @param cause the cause, may be {@code null}
     */
    public ServiceUnavailableException(String errorType, String message, int statusCode, Throwable cause) {
        super(errorType, message, statusCode, cause);
    }
}
