package io.connectstreams.sandbox.internal.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import com.google.gson.stream.JsonWriter;

/**
 * Small helpers for writing the service's JSON: timestamps are epoch seconds with milliseconds as a plain decimal
 * number ({@code 1646369082.783}), as the JSON protocol's {@code unixTimestamp} format.
 */
public final class Json {

    private Json() {
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
