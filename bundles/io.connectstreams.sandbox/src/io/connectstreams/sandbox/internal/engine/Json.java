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

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Small helpers for the service's JSON: the one strict parser of every endpoint that reads JSON, and writing:
 * timestamps are epoch seconds with milliseconds as a plain decimal number ({@code 1646369082.783}), as the JSON
 * protocol's {@code unixTimestamp} format.
 */
public final class Json {

    private Json() {
    }

    /**
     * Parses one JSON value as RFC 8259 defines it, as the signaling endpoint does: no unquoted names, single quotes,
     * comments, non-finite numbers, unescaped control characters or trailing data (Gson's default parser accepts them
     * all). Nesting deeper than Gson's limit is refused too.
     *
     * @param text the text
     * @return the value
     * @throws com.google.gson.JsonParseException when the text is not exactly one strict JSON value
     */
    public static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonSyntaxException("more than one JSON value");
            }
            return element;
        } catch (IOException e) {
            throw new JsonSyntaxException("not JSON");
        }
    }

    /**
     * @return a writer into a string that writes {@code null} members (the service sends them)
     */
    public static JsonWriter writer(StringWriter out) {
        JsonWriter writer = new JsonWriter(out);
        writer.setSerializeNulls(true);
        return writer;
    }

    /**
     * @param epochMillis a time
     * @return its epoch seconds as a plain decimal JSON number
     */
    public static String seconds(long epochMillis) {
        return BigDecimal.valueOf(epochMillis, 3).toPlainString();
    }

    /**
     * Writes a timestamp value.
     *
     * @param writer the writer
     * @param epochMillis the time
     */
    public static void timestamp(JsonWriter writer, long epochMillis) {
        try {
            writer.jsonValue(seconds(epochMillis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
