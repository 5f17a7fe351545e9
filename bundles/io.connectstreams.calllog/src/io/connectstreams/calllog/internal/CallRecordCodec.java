/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * One {@link CallRecord} as one line of JSON (Gson): fields in declaration order, {@code null}s left out, times as
 * ISO-8601 strings, enums by name, {@code "v"} the format version ({@link CallRecord#FORMAT},
 * {@link CallRecord#MONITORED_FORMAT} for a monitored call); a line of any other version is not decoded, which is how
 * a release skips the lines of a later one it would misread. Equal records give equal lines, which is how the store
 * tells a change from a repetition. Thread-safe.
 */
final class CallRecordCodec {

    private final Gson gson = new GsonBuilder().registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .setStrictness(Strictness.STRICT).disableHtmlEscaping().create();

    /**
     * @param record a record
     * @return its line, without a line break (JSON escapes the ones inside strings)
     */
    String encode(CallRecord record) {
        return gson.toJson(record);
    }

    /**
     * @param line a line of the log file
     * @return the record, or empty when the line is not a complete record of this format (truncated, garbage,
     *         missing fields)
     */
    Optional<CallRecord> decode(String line) {
        try {
            CallRecord record = gson.fromJson(line, CallRecord.class);
            if (record == null || !record.isComplete()) {
                return Optional.empty();
            }
            record.fillDefaults();
            return Optional.of(record);
        } catch (JsonParseException | DateTimeException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * @param record a record
     * @return an independent copy
     */
    CallRecord copy(CallRecord record) {
        return decode(encode(record)).orElseThrow();
    }

    /** Instants as ISO-8601 strings ({@link Instant#toString()}). */
    private static final class InstantAdapter extends TypeAdapter<Instant> {

        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            return Instant.parse(in.nextString());
        }
    }
}
