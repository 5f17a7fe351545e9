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
 * The service refused the request as malformed or invalid (HTTP 4xx with a type this API does not name, such as
 * {@code SerializationException}, {@code ValidationException} or {@code UnknownOperationException}).
 */
public class BadRequestException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param errorType the service's exception name
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public BadRequestException(String errorType, String message, int statusCode) {
        super(errorType, message, statusCode, null);
    }
}
