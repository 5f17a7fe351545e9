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
 * The token is missing, expired or invalid (HTTP 401, {@code UnauthorizedException}).
 */
public class UnauthorizedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "UnauthorizedException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public UnauthorizedException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
