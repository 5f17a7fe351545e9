/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line or header it cannot parse, a path no handler serves, a handler that failed)
 * in the sandbox's error shape {@code {"__type","message"}}. The message is the status's reason phrase only: Jetty's
 * default page shows the exception's text and, for failures, its class name.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        Http.json(response, code, "application/json", body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    private static String body(int status) {
        String reason = HttpStatus.getMessage(status);
        return Http.errorJson(type(status), reason == null ? "Error " + status : reason);
    }

    private static String type(int status) {
        return switch (status) {
            case 404 -> "NotFoundException";
            case 405 -> "MethodNotAllowedException";
            case 413 -> "RequestEntityTooLarge";
            case 414 -> "UriTooLongException";
            case 415 -> "UnsupportedMediaTypeException";
            case 431 -> "RequestHeaderFieldsTooLargeException";
            default -> status >= 500 ? "InternalServiceException" : "BadRequestException";
        };
    }
}
