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

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.connectstreams.api.MalformedResponseException;

/**
 * Reads a back-end JSON answer in one pass, straight into the model (no tree of the document is built), with the
 * path of each member, so a missing or wrongly typed field is reported as
 * "GetAgentSnapshot: snapshot.contacts[0].state.type is missing" and never as a NullPointerException. Values are
 * never put into messages: they may hold tokens.
 * <p>
 * A {@link Shape} reads the members of an object in the order they arrive: {@link #nextMember()} names each, the
 * shape reads the value of those it knows and {@link #skip()}s the others. {@code null} is the same as a missing
 * member. An answer that is both invalid JSON and wrong in shape is reported as invalid JSON, whichever comes first.
 */
public final class AnswerReader {

    /** No timestamp has more decimals or trailing zeros than this. */
    private static final int MAX_SCALE = 30;
    /** More than 10^11 is milliseconds (year 5138 in seconds). */
    private static final BigDecimal MILLISECONDS_FROM = BigDecimal.valueOf(100_000_000_000L);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String operation;
    private final JsonReader in;
    private String name;

    private AnswerReader(String operation, JsonReader in) {
        this.operation = operation;
        this.in = in;
    }

    /**
     * Reads one answer.
     *
     * @param operation the operation, for messages
     * @param body the answer's bytes (UTF-8); empty is an empty object
     * @param shape reads the members of the answer's object
     * @return what the shape read
     * @throws MalformedResponseException the answer is not JSON, not an object, or not of the shape
     */
    static <T> T read(String operation, byte[] body, Shape<T> shape) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            text = "{}";
        }
        JsonReader in = lenient(text);
        JsonToken first;
        try {
            first = in.peek();
        } catch (EOFException e) {
            throw notAnObject(operation); // white space alone, as JsonParser reads it: JSON null
        } catch (IOException e) {
            throw notJson(operation);
        }
        if (first != JsonToken.BEGIN_OBJECT) {
            throw syntaxOr(operation, notAnObject(operation), text);
        }
        try {
            in.beginObject();
            T result = shape.read(new AnswerReader(operation, in));
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw notJson(operation);
            }
            return result;
        } catch (MalformedResponseException e) {
            throw syntaxOr(operation, e, text);
        } catch (IOException | JsonParseException e) {
            // MalformedJsonException, EOFException: the whole answer is unusable
            throw notJson(operation);
        }
    }

    /**
     * @return whether another member follows, now named by {@link #name()}; {@code false} once the object ended
     */
    boolean nextMember() throws IOException {
        if (in.hasNext()) {
            name = in.nextName();
            return true;
        }
        in.endObject();
        return false;
    }

    /** @return the name of the member whose value is next */
    String name() {
        return name;
    }

    /** Skips the current member's value, whatever it is. */
    void skip() throws IOException {
        in.skipValue();
    }

    /** @return a scalar as text, or {@code null} */
    String string() throws IOException {
        switch (in.peek()) {
            case STRING, NUMBER:
                return in.nextString();
            case BOOLEAN:
                return String.valueOf(in.nextBoolean());
            case NULL:
                in.nextNull();
                return null;
            default:
                throw wrongType("a string");
        }
    }

    /** @return a boolean (or the text {@code "true"}); {@code false} when absent */
    boolean bool() throws IOException {
        switch (in.peek()) {
            case BOOLEAN:
                return in.nextBoolean();
            case STRING:
                return Boolean.parseBoolean(in.nextString());
            case NULL:
                in.nextNull();
                return false;
            default:
                throw wrongType("a boolean");
        }
    }

    /** @return a whole number (or its text), or {@code null} */
    Long longValue() throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            throw wrongType("a whole number");
        }
        try {
            return new BigDecimal(in.nextString()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw previousWrongType("a whole number");
        }
    }

    /**
     * The CTI JSON protocol sends timestamps as epoch seconds with a fraction; ISO-8601 strings and epoch
     * milliseconds are accepted too.
     *
     * @return the instant, or {@code null}
     */
    Instant instant() throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            throw wrongType("a timestamp");
        }
        String text = in.nextString();
        try {
            Instant seconds = plainSeconds(text);
            if (seconds != null) {
                return seconds;
            }
            if (token == JsonToken.NUMBER || DECIMAL.matcher(text).matches()) {
                return epoch(new BigDecimal(text));
            }
            return Instant.parse(text);
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
            // DateTimeException: out of Instant's range (1e20); ArithmeticException: no long holds it (1e400)
            throw previousWrongType("a timestamp");
        }
    }

    /** @return a URL with a server authority (host and numeric port), or {@code null} */
    URI uri() throws IOException {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return new URI(text).parseServerAuthority();
        } catch (URISyntaxException e) {
            throw previousWrongType("a URL");
        }
    }

    /**
     * @param shape reads the object's members
     * @return what the shape read, or {@code null}
     */
    <T> T object(Shape<T> shape) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT:
                in.beginObject();
                return shape.read(this);
            case NULL:
                in.nextNull();
                return null;
            default:
                throw wrongType("an object");
        }
    }

    /**
     * @param item reads the members of one entry
     * @return the entries, each an object; empty when absent
     */
    <T> List<T> list(Shape<T> item) throws IOException {
        if (!beginArray()) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        while (in.hasNext()) {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw malformed(operation, path(in.getPath()) + " is not an object");
            }
            in.beginObject();
            result.add(item.read(this));
        }
        in.endArray();
        return result;
    }

    /** @return an array of scalars as text; empty when absent */
    List<String> strings() throws IOException {
        if (!beginArray()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        while (in.hasNext()) {
            JsonToken token = in.peek();
            if (token != JsonToken.STRING && token != JsonToken.NUMBER && token != JsonToken.BOOLEAN) {
                // the member is named, as for any other wrong type, not the entry
                throw malformed(operation, path(in.getPath()).replaceFirst("\\[[0-9]+\\]$", "")
                        + " is not an array of strings");
            }
            result.add(string());
        }
        in.endArray();
        return result;
    }

    /** @return a map of scalars as text, nested objects and arrays as their JSON text; empty when absent */
    Map<String, String> stringMap() throws IOException {
        return object(map -> {
            Map<String, String> result = new LinkedHashMap<>();
            while (map.nextMember()) {
                JsonToken token = in.peek();
                if (token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) {
                    result.put(map.name(), JsonParser.parseReader(in).toString());
                } else if (token == JsonToken.NULL) {
                    in.nextNull();
                } else {
                    result.put(map.name(), map.string());
                }
            }
            return result;
        }, Map.of());
    }

    /** @return a map of whole numbers; empty when absent */
    Map<String, Long> longMap() throws IOException {
        return object(map -> {
            Map<String, Long> result = new LinkedHashMap<>();
            while (map.nextMember()) {
                Long value = map.longValue();
                if (value != null) {
                    result.put(map.name(), value);
                }
            }
            return result;
        }, Map.of());
    }

    /**
     * @param entry reads the members of one object value
     * @return the members whose values are objects, by name, as the entry read them; empty when absent
     */
    <T> Map<String, T> objectMap(Shape<T> entry) throws IOException {
        return object(map -> {
            Map<String, T> result = new LinkedHashMap<>();
            while (map.nextMember()) {
                if (in.peek() == JsonToken.BEGIN_OBJECT) {
                    String key = map.name();
                    result.put(key, map.object(entry));
                } else {
                    in.skipValue();
                }
            }
            return result;
        }, Map.of());
    }

    /**
     * @param value a required member's value, checked once its object has ended
     * @param member the member's name
     * @return the value
     * @throws MalformedResponseException the value is {@code null}
     */
    <T> T required(T value, String member) {
        if (value == null) {
            throw missing(member);
        }
        return value;
    }

    /**
     * @param member a member of the object that just ended
     * @return the failure naming it as missing
     */
    MalformedResponseException missing(String member) {
        String parent = path(in.getPreviousPath());
        return malformed(operation, (parent.isEmpty() ? "" : parent + ".") + member + " is missing");
    }

    static MalformedResponseException malformed(String operation, String detail) {
        return new MalformedResponseException(operation + ": " + detail, 200, null);
    }

    private <T> T object(Shape<T> shape, T absent) throws IOException {
        T value = object(shape);
        return value == null ? absent : value;
    }

    private boolean beginArray() throws IOException {
        switch (in.peek()) {
            case BEGIN_ARRAY:
                in.beginArray();
                return true;
            case NULL:
                in.nextNull();
                return false;
            default:
                throw wrongType("an array");
        }
    }

    /** The value about to be read is not of the type wanted. */
    private MalformedResponseException wrongType(String expected) {
        return malformed(operation, path(in.getPath()) + " is not " + expected);
    }

    /** The value just read is not of the type wanted. */
    private MalformedResponseException previousWrongType(String expected) {
        return malformed(operation, path(in.getPreviousPath()) + " is not " + expected);
    }

    /** Gson's {@code $.snapshot.contacts[0]} as {@code snapshot.contacts[0]}. */
    private static String path(String jsonPath) {
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.substring(1);
    }

    /**
     * The common form, {@code 1646369082.782}: up to 11 digits of seconds and 9 of fraction, read without
     * {@link BigDecimal}; {@code null} for any other.
     */
    private static Instant plainSeconds(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int point = start;
        long seconds = 0;
        while (point < length && point - start < 11 && isDigit(text.charAt(point))) {
            seconds = seconds * 10 + text.charAt(point++) - '0';
        }
        if (point == start || point < length && text.charAt(point) != '.') {
            return null;
        }
        long nanos = 0;
        int digits = 0;
        for (int i = point + 1; i < length; i++, digits++) {
            if (digits == 9 || !isDigit(text.charAt(i))) {
                return null;
            }
            nanos = nanos * 10 + text.charAt(i) - '0';
        }
        if (point < length && digits == 0) {
            return null;
        }
        for (int i = digits; i < 9; i++) {
            nanos *= 10;
        }
        return start == 0 ? Instant.ofEpochSecond(seconds, nanos) : Instant.ofEpochSecond(-seconds, -nanos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Instant epoch(BigDecimal value) {
        if (Math.abs(value.scale()) > MAX_SCALE) {
            // 1e400 or 1e-99999999: no timestamp, and rescaling it would cost a huge power of ten
            throw new ArithmeticException("not a timestamp");
        }
        BigDecimal seconds = value.abs().compareTo(MILLISECONDS_FROM) > 0 ? value.movePointLeft(3) : value;
        long whole = seconds.setScale(0, RoundingMode.DOWN).longValueExact();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private static JsonReader lenient(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        // as JsonParser reads: what a browser's JSON.parse would refuse is refused later by the shapes anyway
        reader.setStrictness(Strictness.LENIENT);
        return reader;
    }

    /** An answer that is not JSON at all is reported as such, even when its shape failed first. */
    private static MalformedResponseException syntaxOr(String operation, MalformedResponseException failure,
            String text) {
        JsonReader check = lenient(text);
        try {
            check.skipValue();
            if (check.peek() == JsonToken.END_DOCUMENT) {
                return failure;
            }
        } catch (IOException | IllegalStateException e) {
            // fall through: not JSON
        }
        return notJson(operation);
    }

    private static MalformedResponseException notJson(String operation) {
        return malformed(operation, "the answer is not valid JSON");
    }

    private static MalformedResponseException notAnObject(String operation) {
        return malformed(operation, "the answer is not a JSON object");
    }

    /**
     * Reads the members of an object that was just entered, up to and including its end ({@link #nextMember()}
     * returning {@code false}).
     */
    @FunctionalInterface
    interface Shape<T> {

        /**
         * @param answer positioned in the object
         * @return what was read
         */
        T read(AnswerReader answer) throws IOException;
    }

    /**
     * Reads the current member's value ({@link #list(Shape)}, {@link #strings()}, ...).
     */
    @FunctionalInterface
    interface Value<T> {

        /**
         * @param answer positioned at the value
         * @return what was read
         */
        T read(AnswerReader answer) throws IOException;
    }
}
