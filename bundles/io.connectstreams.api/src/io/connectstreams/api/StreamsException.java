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

import java.util.Map;
import java.util.function.BiFunction;

/**
 * The failure of an action or back-end call. Subclasses name the cause; {@link #errorType()} keeps the service's
 * exception name (Streams' {@code err.type}) and {@link #statusCode()} the HTTP status. Messages never contain a
 * credential.
 */
public class StreamsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Map<String, BiFunction<String, Integer, StreamsException>> BY_SERVICE_NAME = Map.ofEntries(
            Map.entry(UnauthorizedException.TYPE, UnauthorizedException::new),
            Map.entry(AccessDeniedException.TYPE, AccessDeniedException::new),
            Map.entry(InvalidStateException.TYPE, InvalidStateException::new),
            Map.entry(BadEndpointException.TYPE, BadEndpointException::new),
            Map.entry(InvalidAgentArnException.TYPE, InvalidAgentArnException::new),
            Map.entry(InvalidConfigurationException.TYPE, InvalidConfigurationException::new),
            Map.entry(InvalidContactTypeException.TYPE, InvalidContactTypeException::new),
            Map.entry(PaginationException.TYPE, PaginationException::new),
            Map.entry(RefreshTokenExpiredException.TYPE, RefreshTokenExpiredException::new),
            Map.entry(SendDataFailedException.TYPE, SendDataFailedException::new),
            Map.entry(QuotaExceededException.TYPE, QuotaExceededException::new));

    private final String errorType;
    private final int statusCode;

    /**
     * @param errorType the service's exception name or a client-side code
     * @param message what happened
     * @param statusCode the HTTP status, 0 when there was none
     * @param cause the cause, may be {@code null}
     */
    public StreamsException(String errorType, String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
        this.statusCode = statusCode;
    }

    /**
     * @return the service's exception name (for example {@code "InvalidStateException"}) or a client-side code
     */
    public String errorType() {
        return errorType;
    }

    /**
     * @return the HTTP status, 0 when there was no response
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Maps a service error to its exception, as Streams' clients map {@code err.type} ({@code connect.CTIExceptions}).
     *
     * @param serviceType the {@code __type} the service sent (a {@code namespace#} prefix is ignored), may be
     *            {@code null}
     * @param message the service's message, may be {@code null}
     * @param statusCode the HTTP status
     * @return the typed exception; 401 and 403 without a known type become {@link UnauthorizedException} and
     *         {@link AccessDeniedException}, 5xx and 429 {@link ServiceUnavailableException}, other 4xx
     *         {@link BadRequestException}
     */
    public static StreamsException fromServiceError(String serviceType, String message, int statusCode) {
        String type = serviceType == null ? null : serviceType.substring(serviceType.indexOf('#') + 1);
        String text = message == null || message.isBlank() ? "HTTP " + statusCode : message;
        if (type != null && BY_SERVICE_NAME.containsKey(type)) {
            return BY_SERVICE_NAME.get(type).apply(text, statusCode);
        }
        if (statusCode == 401) {
            return new UnauthorizedException(text, statusCode);
        }
        if (statusCode == 403) {
            return new AccessDeniedException(text, statusCode);
        }
        if (statusCode >= 500 || statusCode == 429) {
            return new ServiceUnavailableException(type != null ? type : "HTTP " + statusCode, text, statusCode, null);
        }
        return new BadRequestException(type != null ? type : "HTTP " + statusCode, text, statusCode);
    }
}
