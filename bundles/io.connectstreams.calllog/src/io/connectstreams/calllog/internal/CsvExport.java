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
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallQualitySummary;

/**
 * Writes entries as CSV, RFC 4180: a header line, records ended by CRLF, a field quoted when it holds a comma, a
 * double quote, CR or LF (quotes inside doubled). Times are ISO-8601 in UTC ({@code 2026-11-23T10:00:05Z}), empty
 * when unknown; durations are seconds with up to millisecond decimals ({@code 12.5}); quality figures are empty
 * when nothing was measured.
 * <p>
 * A spreadsheet runs a cell that starts with {@code = + - @} as a formula, and the caller controls the name a
 * call arrives with (and the host the disposition codes, the agent the notes): such a text field gets a leading
 * {@code '}, unless it is a plain phone number ({@code +14255550100}). The wrap-up's notes keep their line breaks
 * (quoted).
 */
final class CsvExport {

    /** The header line's column names. */
    static final List<String> COLUMNS = List.of("contact_id", "direction", "type", "number", "name", "queue", "start",
            "answer", "end", "ring_s", "talk_s", "hold_s", "hold_count", "acw_s", "outcome", "mute_count",
            "packet_loss_pct", "jitter_ms", "round_trip_ms", "input_level", "quality_samples", "disposition",
            "notes");

    private static final String CRLF = "\r\n";
    private static final Pattern PHONE_NUMBER = Pattern.compile("[+-]?[0-9][0-9 ()./-]*");

    private CsvExport() {
    }

    /**
     * @param entries the entries, in the order to write
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    static void write(List<CallLogEntry> entries, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write(CRLF);
        StringBuilder row = new StringBuilder(256);
        for (CallLogEntry e : entries) {
            row.setLength(0);
            CallQualitySummary q = e.quality();
            boolean measured = q != null && q.samples() > 0;
            field(row, e.contactId());
            field(row, e.direction() == null ? null : e.direction().name());
            field(row, e.contactType() == null ? null : e.contactType().wireValue());
            field(row, neutralized(e.number()));
            field(row, neutralized(e.endpointName()));
            field(row, neutralized(e.queueName()));
            field(row, time(e.start()));
            field(row, time(e.answer()));
            field(row, time(e.end()));
            field(row, seconds(e.ringDuration()));
            field(row, seconds(e.talkDuration()));
            field(row, seconds(e.holdDuration()));
            field(row, Integer.toString(e.holdCount()));
            field(row, seconds(e.afterCallWorkDuration()));
            field(row, e.outcome() == null ? null : e.outcome().name());
            field(row, Integer.toString(e.muteCount()));
            field(row, measured ? number(q.packetLossPercent()) : null);
            field(row, measured ? number(q.averageJitterMillis()) : null);
            field(row, q != null && q.averageRoundTripMillis() >= 0 ? number(q.averageRoundTripMillis()) : null);
            field(row, measured ? number(q.averageInputLevel()) : null);
            field(row, q == null ? "0" : Integer.toString(q.samples()));
            field(row, neutralized(e.disposition()));
            field(row, neutralized(e.notes()));
            row.setLength(row.length() - 1); // the last separator
            out.write(row.toString());
            out.write(CRLF);
        }
    }

    /**
     * @param value a field value, may be {@code null} (an empty field)
     * @return the field as RFC 4180 wants it
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static void field(StringBuilder row, String value) {
        row.append(escape(value)).append(',');
    }

    private static String neutralized(String text) {
        if (text == null || text.isEmpty() || PHONE_NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String seconds(Duration duration) {
        if (duration == null) {
            return null;
        }
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    }
}
