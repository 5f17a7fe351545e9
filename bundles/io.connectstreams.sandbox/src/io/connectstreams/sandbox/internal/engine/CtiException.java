/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

/**
 * An error the CTI service answers with: the JSON {@code {"__type": type, "message": message}} and an HTTP status.
 * Messages never contain a token or a password.
 */
public final class CtiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;

    /**
     * @param status the HTTP status
     * @param type the error type ({@code __type}), for example {@code InvalidStateException}
     * @param message the message
     */
    public CtiException(int status, String type, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    /**
     * @param message what is wrong
     * @return 400 {@code InvalidStateException}
     */
    public static CtiException invalidState(String message) {
        return new CtiException(400, "InvalidStateException", message);
    }

    /**
     * @param message what was not found
     * @return 400 {@code ResourceNotFoundException}
     */
    public static CtiException notFound(String message) {
        return new CtiException(400, "ResourceNotFoundException", message);
    }

    /**
     * @param message what is wrong
     * @return 400 {@code ValidationException}
     */
    public static CtiException validation(String message) {
        return new CtiException(400, "ValidationException", message);
    }

    /**
     * @param message what is wrong
     * @return 400 {@code BadEndpointException}
     */
    public static CtiException badEndpoint(String message) {
        return new CtiException(400, "BadEndpointException", message);
    }

    /**
     * @param message why
     * @return 403 {@code AccessDeniedException}
     */
    public static CtiException accessDenied(String message) {
        return new CtiException(403, "AccessDeniedException", message);
    }

    /**
     * @param message why
     * @return 401 {@code UnauthorizedException}
     */
    public static CtiException unauthorized(String message) {
        return new CtiException(401, "UnauthorizedException", message);
    }

    /**
     * @return the error type
     */
    public String type() {
        return type;
    }

    /**
     * @return the HTTP status
     */
    public int status() {
        return status;
    }
}
