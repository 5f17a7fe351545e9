/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.io.IOException;
import java.io.StringReader;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * One JSON-RPC 2.0 message of connect-rtc's signaling protocol: a request or notification ({@code method}), or a
 * response ({@code result} or {@code error}) to a request the endpoint sent. Also builds the endpoint's messages.
 *
 * @param id the id, {@link JsonNull} for a notification
 * @param method the method of a request, {@code null} for a response
 * @param params the parameters of a request (an empty object when absent)
 * @param error the error of a response, {@code null} otherwise
 */
record JsonRpcMessage(JsonElement id, String method, JsonObject params, JsonObject error) {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;

    /**
     * @return true for a request or notification, false for a response
     */
    boolean isRequest() {
        return method != null;
    }

    /**
     * @return true when the message carries an id (a request that expects a reply, or any response)
     */
    boolean hasId() {
        return !id.isJsonNull();
    }

    /**
     * Parses one text frame strictly (RFC 8259: no comments, no single quotes, one value).
     *
     * @param text the frame
     * @return the message
     * @throws JsonRpcException -32700 for text that is not JSON, -32600 for JSON that is not a JSON-RPC message,
     *         -32602 for parameters that are not an object
     */
    static JsonRpcMessage parse(String text) throws JsonRpcException {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonRpcException(PARSE_ERROR, "Parse error: more than one JSON value", null);
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new JsonRpcException(PARSE_ERROR, "Parse error: not JSON", null);
        }
        if (!element.isJsonObject()) {
            throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: not a JSON object", null);
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement id = object.has("id") ? object.get("id") : JsonNull.INSTANCE;
        if (!id.isJsonNull() && !(id.isJsonPrimitive() && (id.getAsJsonPrimitive().isString()
                || id.getAsJsonPrimitive().isNumber()))) {
            throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: id must be a string or a number", null);
        }
        JsonElement version = object.get("jsonrpc");
        if (version != null && !new JsonPrimitive("2.0").equals(version)) {
            throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: jsonrpc must be \"2.0\"", id);
        }
        JsonElement method = object.get("method");
        if (method != null) {
            if (!method.isJsonPrimitive() || !method.getAsJsonPrimitive().isString()) {
                throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: method must be a string", id);
            }
            JsonElement params = object.get("params");
            if (params != null && !params.isJsonNull() && !params.isJsonObject()) {
                throw new JsonRpcException(INVALID_PARAMS, "Invalid params: params must be an object", id);
            }
            return new JsonRpcMessage(id, method.getAsString(),
                    params == null || params.isJsonNull() ? new JsonObject() : params.getAsJsonObject(), null);
        }
        if (object.has("result") || object.has("error")) {
            if (id.isJsonNull()) {
                throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: a response needs an id", null);
            }
            JsonElement error = object.get("error");
            return new JsonRpcMessage(id, null, null, error != null && error.isJsonObject()
                    ? error.getAsJsonObject() : null);
        }
        throw new JsonRpcException(INVALID_REQUEST, "Invalid Request: neither method nor result", id);
    }

    static JsonObject result(JsonElement id, JsonObject result) {
        JsonObject message = envelope();
        message.add("result", result);
        message.add("id", id);
        return message;
    }

    static JsonObject error(JsonElement id, int code, String text) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", text);
        JsonObject message = envelope();
        message.add("error", error);
        message.add("id", id == null ? JsonNull.INSTANCE : id);
        return message;
    }

    static JsonObject request(JsonElement id, String method, JsonObject params) {
        JsonObject message = notification(method, params);
        message.add("id", id);
        return message;
    }

    static JsonObject notification(String method, JsonObject params) {
        JsonObject message = envelope();
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message;
    }

    private static JsonObject envelope() {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        return message;
    }
}
