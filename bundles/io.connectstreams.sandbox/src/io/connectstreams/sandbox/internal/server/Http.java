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

import java.util.UUID;
import java.util.function.BiConsumer;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Writing answers: JSON with the service's headers, the service's error JSON, HTML pages.
 */
final class Http {

    /** The content type of the CTI service (AWS JSON 1.0). */
    static final String AMZ_JSON = "application/x-amz-json-1.0";

    private Http() {
    }

    static void json(Response response, int status, String contentType, String json, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, json, callback);
    }

    static void cti(Response response, String json, Callback callback) {
        response.getHeaders().put("x-amzn-RequestId", UUID.randomUUID().toString());
        json(response, 200, AMZ_JSON, json, callback);
    }

    static void ctiError(Response response, CtiException error, Callback callback) {
        response.getHeaders().put("x-amzn-RequestId", UUID.randomUUID().toString());
        response.getHeaders().put("x-amzn-ErrorType", error.type());
        json(response, error.status(), AMZ_JSON, errorJson(error.type(), error.getMessage()), callback);
    }

    static String errorJson(String type, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("__type", type);
        json.addProperty("message", message);
        return json.toString();
    }

    static void html(Response response, int status, String html, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        Content.Sink.write(response, true, html, callback);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String cookie(Request request, String name) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /**
     * Reads a request body without blocking a thread; fails when it is longer than {@code maxSize}.
     */
    static void readBody(Request request, int maxSize, BiConsumer<byte[], Throwable> then) {
        BodyReader.read(request, maxSize, then);
    }
}
