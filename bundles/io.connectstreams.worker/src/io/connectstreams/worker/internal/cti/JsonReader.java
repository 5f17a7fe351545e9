/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.connectstreams.api.MalformedResponseException;

/**
 * Reads members of a back-end JSON answer with the path of each member, so a missing or wrongly typed field is
 * reported as "GetAgentSnapshot: snapshot.contacts[0].state.type is missing" and never as a NullPointerException.
 * Values are never put into messages: they may hold tokens.
 */
public final class JsonReader {

    /** No timestamp has more decimals or trailing zeros than this. */
    private static final int MAX_SCALE = 30;

    private final String operation;
    private final String path;
    private final JsonObject object;

    JsonReader(String operation, String path, JsonObject object) {
        this.operation = operation;
        this.path = path;
        this.object = object;
    }

    static JsonReader root(String operation, JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw malformed(operation, "the answer is not a JSON object");
        }
        return new JsonReader(operation, "", element.getAsJsonObject());
    }

    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    String string(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            return element.getAsString();
        }
        throw wrongType(name, "a string");
    }

    boolean bool(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return false;
        }
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsBoolean();
        }
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            return Boolean.parseBoolean(element.getAsString());
        }
        throw wrongType(name, "a boolean");
    }

    Long longValue(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return null;
        }
        try {
            return element.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
        } catch (IllegalStateException | ClassCastException | NumberFormatException | ArithmeticException e) {
            throw wrongType(name, "a whole number");
        }
    }

    /**
     * The CTI JSON protocol sends timestamps as epoch seconds with a fraction; ISO-8601 strings and epoch
     * milliseconds are accepted too.
     */
    Instant instant(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return null;
        }
        if (!element.isJsonPrimitive()) {
            throw wrongType(name, "a timestamp");
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        try {
            if (primitive.isNumber()) {
                return epoch(primitive.getAsBigDecimal());
            }
            String text = primitive.getAsString();
            if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return epoch(new BigDecimal(text));
            }
            return Instant.parse(text);
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
            // DateTimeException: out of Instant's range (1e20); ArithmeticException: no long holds it (1e400)
            throw wrongType(name, "a timestamp");
        }
    }

    Instant requiredInstant(String name) {
        Instant value = instant(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** A URL with a server authority (host and numeric port), else a malformed answer. */
    URI requiredUri(String name) {
        String text = requiredString(name);
        try {
            return new URI(text).parseServerAuthority();
        } catch (URISyntaxException e) {
            throw wrongType(name, "a URL");
        }
    }

    JsonReader object(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return null;
        }
        if (!element.isJsonObject()) {
            throw wrongType(name, "an object");
        }
        return new JsonReader(operation, child(name), element.getAsJsonObject());
    }

    JsonReader requiredObject(String name) {
        JsonReader value = object(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    <T> List<T> list(String name, Function<JsonReader, T> item) {
        JsonElement element = present(name);
        if (element == null) {
            return List.of();
        }
        if (!element.isJsonArray()) {
            throw wrongType(name, "an array");
        }
        JsonArray array = element.getAsJsonArray();
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonElement entry = array.get(i);
            String entryPath = child(name) + "[" + i + "]";
            if (!entry.isJsonObject()) {
                throw malformed(operation, entryPath + " is not an object");
            }
            result.add(item.apply(new JsonReader(operation, entryPath, entry.getAsJsonObject())));
        }
        return result;
    }

    List<String> strings(String name) {
        JsonElement element = present(name);
        if (element == null) {
            return List.of();
        }
        if (!element.isJsonArray()) {
            throw wrongType(name, "an array");
        }
        List<String> result = new ArrayList<>();
        for (JsonElement entry : element.getAsJsonArray()) {
            if (!entry.isJsonPrimitive()) {
                throw wrongType(name, "an array of strings");
            }
            result.add(entry.getAsString());
        }
        return result;
    }

    /** A map of scalars; nested objects are stored as their JSON text. */
    Map<String, String> stringMap(String name) {
        JsonReader map = object(name);
        if (map == null) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : map.object.entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonNull()) {
                result.put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
            }
        }
        return result;
    }

    Map<String, Long> longMap(String name) {
        JsonReader map = object(name);
        if (map == null) {
            return Map.of();
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (String key : map.object.keySet()) {
            Long value = map.longValue(key);
            if (value != null) {
                result.put(key, value);
            }
        }
        return result;
    }

    Map<String, JsonReader> objectMap(String name) {
        JsonReader map = object(name);
        if (map == null) {
            return Map.of();
        }
        Map<String, JsonReader> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : map.object.entrySet()) {
            if (entry.getValue().isJsonObject()) {
                result.put(entry.getKey(), new JsonReader(operation, map.child(entry.getKey()),
                        entry.getValue().getAsJsonObject()));
            }
        }
        return result;
    }

    String path() {
        return path;
    }

    MalformedResponseException missing(String name) {
        return malformed(operation, child(name) + " is missing");
    }

    static MalformedResponseException malformed(String operation, String detail) {
        return new MalformedResponseException(operation + ": " + detail, 200, null);
    }

    private JsonElement present(String name) {
        JsonElement element = object.get(name);
        return element == null || element.isJsonNull() ? null : element;
    }

    private MalformedResponseException wrongType(String name, String expected) {
        return malformed(operation, child(name) + " is not " + expected);
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Instant epoch(BigDecimal value) {
        if (Math.abs(value.scale()) > MAX_SCALE) {
            // 1e400 or 1e-99999999: no timestamp, and rescaling it would cost a huge power of ten
            throw new ArithmeticException("not a timestamp");
        }
        // more than 10^11 is milliseconds (year 5138 in seconds)
        BigDecimal seconds = value.abs().compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0
                ? value.movePointLeft(3)
                : value;
        long whole = seconds.setScale(0, RoundingMode.DOWN).longValueExact();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
