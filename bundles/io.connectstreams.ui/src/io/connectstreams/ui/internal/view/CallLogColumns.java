/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.ui.internal.Messages;

/**
 * The columns of the call-log table: title, text and sort order of each.
 */
public final class CallLogColumns {

    /**
     * One column.
     *
     * @param title the header
     * @param weight its share of the width
     * @param text the cell text
     * @param order how the column sorts
     */
    public record Column(String title, int weight, Function<CallLogEntry, String> text,
            Comparator<CallLogEntry> order) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    /** Every column, in display order; the first (start time) is the default sort, newest first. */
    public static final List<Column> ALL = List.of(
            new Column(Messages.CallLog_start, 3, e -> time(e.start()),
                    Comparator.comparing(CallLogEntry::start, Comparator.nullsFirst(Comparator.naturalOrder()))),
            new Column(Messages.CallLog_direction, 2, e -> direction(e.direction()),
                    Comparator.comparing(e -> direction(e.direction()))),
            new Column(Messages.CallLog_number, 2, e -> text(e.number()), Comparator.comparing(e -> text(e.number()))),
            new Column(Messages.CallLog_name, 2, e -> text(e.endpointName()),
                    Comparator.comparing(e -> text(e.endpointName()))),
            new Column(Messages.CallLog_queue, 2, e -> text(e.queueName()),
                    Comparator.comparing(e -> text(e.queueName()))),
            new Column(Messages.CallLog_outcome, 2, e -> outcome(e.outcome()),
                    Comparator.comparing(e -> outcome(e.outcome()))),
            new Column(Messages.CallLog_talk, 2, e -> Durations.clock(e.talkDuration()),
                    Comparator.comparing(e -> e.talkDuration() == null ? Duration.ZERO : e.talkDuration())));

    private CallLogColumns() {
    }

    /**
     * @param time an instant, may be {@code null}
     * @return it in the local time zone, empty for none
     */
    public static String time(Instant time) {
        return time == null ? "" : TIME.format(time); //$NON-NLS-1$
    }

    /**
     * @param direction a direction
     * @return its name for the user
     */
    public static String direction(CallDirection direction) {
        if (direction == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (direction) {
            case INBOUND -> Messages.CallLog_inbound;
            case OUTBOUND -> Messages.CallLog_outbound;
            case CALLBACK -> Messages.CallLog_callback;
        };
    }

    /**
     * @param outcome an outcome
     * @return its name for the user
     */
    public static String outcome(CallOutcome outcome) {
        if (outcome == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (outcome) {
            case ANSWERED -> Messages.CallLog_answered;
            case MISSED -> Messages.CallLog_missed;
            case REJECTED -> Messages.CallLog_rejected;
            case TRANSFERRED -> Messages.CallLog_transferred;
            case FAILED -> Messages.CallLog_failed;
            case ONGOING -> Messages.CallLog_ongoing;
        };
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
