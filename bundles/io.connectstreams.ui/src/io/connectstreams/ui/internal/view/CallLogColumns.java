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
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The columns of the call-log table: title, id, text and sort order of each. The talk time of a call under way is
 * counted up to now, so it ticks when the table is refreshed ({@link #isTicking}).
 */
public final class CallLogColumns {

    /**
     * One column.
     *
     * @param title the header
     * @param id the column's {@link WidgetIds} id (set on the {@code TableColumn})
     * @param text the cell text
     * @param order how the column sorts
     */
    public record Column(String title, String id, Function<CallLogEntry, String> text,
            Comparator<CallLogEntry> order) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    /** Every column, in display order; the first (start time) is the default sort, newest first. */
    public static final List<Column> ALL = List.of(
            new Column(Messages.CallLog_start, WidgetIds.CALL_LOG_START, e -> time(e.start()),
                    Comparator.comparing(CallLogEntry::start, Comparator.nullsFirst(Comparator.naturalOrder()))),
            new Column(Messages.CallLog_direction, WidgetIds.CALL_LOG_DIRECTION, CallLogColumns::direction,
                    Comparator.comparing(CallLogColumns::direction)),
            new Column(Messages.CallLog_number, WidgetIds.CALL_LOG_NUMBER, e -> text(e.number()),
                    Comparator.comparing(e -> text(e.number()))),
            new Column(Messages.CallLog_name, WidgetIds.CALL_LOG_NAME, e -> text(e.endpointName()),
                    Comparator.comparing(e -> text(e.endpointName()))),
            new Column(Messages.CallLog_queue, WidgetIds.CALL_LOG_QUEUE, e -> text(e.queueName()),
                    Comparator.comparing(e -> text(e.queueName()))),
            new Column(Messages.CallLog_outcome, WidgetIds.CALL_LOG_OUTCOME, e -> outcome(e.outcome()),
                    Comparator.comparing(e -> outcome(e.outcome()))),
            new Column(Messages.CallLog_talk, WidgetIds.CALL_LOG_TALK, e -> Durations.clock(talk(e, Instant.now())),
                    Comparator.comparing(e -> talk(e, Instant.now()))));

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
     * @param entry an entry
     * @return what the Direction column says of it: "Task" for a task (routed to the agent, but no call), else its
     *         direction
     */
    public static String direction(CallLogEntry entry) {
        return entry.contactType() == ContactType.TASK ? Messages.CallLog_task : direction(entry.direction());
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
            case MONITORED -> Messages.CallLog_monitored;
        };
    }

    /**
     * @param entry an entry
     * @return whether its talk time grows with the clock: answered, ongoing, not ended
     */
    public static boolean isTicking(CallLogEntry entry) {
        return entry.outcome() == CallOutcome.ONGOING && entry.answer() != null && entry.end() == null;
    }

    /**
     * @param entry an entry
     * @param now the local time
     * @return its talk time; of a call under way, from the answer to now (the log knows it only at the end)
     */
    public static Duration talk(CallLogEntry entry, Instant now) {
        if (isTicking(entry)) {
            return now.isAfter(entry.answer()) ? Duration.between(entry.answer(), now) : Duration.ZERO;
        }
        return entry.talkDuration() == null ? Duration.ZERO : entry.talkDuration();
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
