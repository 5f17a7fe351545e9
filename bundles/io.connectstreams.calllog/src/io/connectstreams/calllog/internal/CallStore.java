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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogListener;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.Subscription;

/**
 * The call log's entries, in memory and in the append-only {@link CallLogFile}: every change of a record is one
 * new line (the whole record, forced to the disk before {@link #save} returns), and the last line of a contact
 * wins when the file is read back. So a crash loses at most the change being written, and an entry whose call was
 * under way is read back ongoing.
 * <p>
 * Opening reads the file (a line that is not a record is skipped with a warning naming its number, never its
 * content), then applies retention. Compaction rewrites the file atomically with one line per entry, after
 * applying retention, at open when retention removed something and whenever at least
 * {@link CallLogSettings#compactAfterLines()} lines are superseded and they are at least half the file.
 * <p>
 * Thread-safe: one lock guards the entries and the file; {@code onChange} listeners are called after it is
 * released, {@code addListener} listeners on the log's own thread ({@link ChangeListeners}).
 * The store is the service's implementation, not the service ({@code CallLogComponent}).
 */
public final class CallStore implements AutoCloseable {

    private static final Comparator<CallLogEntry> NEWEST_FIRST = Comparator.comparing(CallLogEntry::start)
            .reversed().thenComparing(CallLogEntry::contactId);

    private final CallLogSettings settings;
    private final Logger logger;
    private final Clock clock;
    private final CallRecordCodec codec = new CallRecordCodec();
    private final ChangeListeners<Consumer<CallLogEntry>> listeners;
    private final ChangeListeners<CallLogListener> callLogListeners;
    private final CallLogFile file;
    private final Object lock = new Object();
    /** By record key ({@link CallRecord#key()}): a contact offered again has one entry per offer. */
    private final Map<String, Stored> entries = new HashMap<>();
    /** The keys of the ongoing entries. */
    private final Set<String> ongoing = new LinkedHashSet<>();
    /** By contact id, its latest offer's number. */
    private final Map<String, Integer> latestAttempts = new HashMap<>();
    private int lines;
    private int nextCompactionAt;
    private boolean rewriteNeeded;
    private boolean closed;

    /**
     * Opens the log in {@link CallLogSettings#directory()} and reads it.
     *
     * @param settings where and how much
     * @param logger receives warnings about skipped lines and failed writes
     * @param clock the clock retention ages are measured with
     * @throws IOException when the directory or file cannot be created, opened or read
     */
    public CallStore(CallLogSettings settings, Logger logger, Clock clock) throws IOException {
        this(settings, logger, clock, failure -> {
            // logged only
        });
    }

    /**
     * Opens the log in {@link CallLogSettings#directory()} and reads it.
     *
     * @param settings where and how much
     * @param logger receives warnings about skipped lines and failed writes
     * @param clock the clock retention ages are measured with
     * @param listenerFailures told when an {@link #onChange} or {@link #addListener} listener throws (the component
     *            publishes it)
     * @throws IOException when the directory or file cannot be created, opened or read
     */
    public CallStore(CallLogSettings settings, Logger logger, Clock clock, Consumer<HandlerFailure> listenerFailures)
            throws IOException {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.logger = Objects.requireNonNull(logger, "logger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listeners = ChangeListeners.onRecordingThread(logger, listenerFailures);
        this.callLogListeners = ChangeListeners.onOwnThread(logger, listenerFailures);
        this.file = new CallLogFile(settings.directory());
        try {
            load();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * @return the log file
     */
    public Path path() {
        return file.path();
    }

    /** As {@code CallLog}. */
    public List<CallLogEntry> query(CallLogQuery query) {
        Objects.requireNonNull(query, "query");
        long limit = query.limit() == 0 ? Long.MAX_VALUE : query.limit();
        synchronized (lock) {
            return entries.values().stream().map(Stored::entry).filter(query::matches).sorted(NEWEST_FIRST)
                    .limit(limit).toList();
        }
    }

    /** As {@code CallLog}. */
    public Optional<CallLogEntry> find(String contactId) {
        synchronized (lock) {
            return latest(contactId).map(Stored::entry);
        }
    }

    /** As {@code CallLog}. */
    public void exportCsv(CallLogQuery query, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvExport.write(query(query), out);
    }

    /** As {@code CallLog}. */
    public Subscription onChange(Consumer<CallLogEntry> listener) {
        return listeners.add(listener);
    }

    /**
     * @param listener hears of every change on the store's listener thread
     * @return its subscription
     */
    public Subscription addListener(CallLogListener listener) {
        return callLogListeners.add(listener);
    }

    /**
     * Closes the file; later saves are ignored, queries still answer from memory.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            callLogListeners.close();
            try {
                file.close();
            } catch (IOException e) {
                logger.warn("closing {} failed", file.path(), e);
            }
        }
    }

    /**
     * @param contactId a contact id
     * @return an independent copy of the record of its latest offer, to change and {@link #save}
     */
    Optional<CallRecord> record(String contactId) {
        synchronized (lock) {
            return latest(contactId).flatMap(s -> codec.decode(s.line()));
        }
    }

    /**
     * @return the contacts whose entries are ongoing
     */
    List<String> ongoingContactIds() {
        synchronized (lock) {
            return ongoing.stream().map(key -> entries.get(key).entry().contactId()).distinct().toList();
        }
    }

    /**
     * Records the record's current state, unless nothing changed: appends its line and queues the change for the
     * listeners ({@link #announceChanges()} delivers it).
     *
     * @param record the record
     */
    void save(CallRecord record) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            String line = codec.encode(record);
            Stored before = entries.get(record.key());
            if (before != null && before.line().equals(line)) {
                return;
            }
            CallLogChange change = new CallLogChange(
                    before == null ? CallLogChange.Kind.ADDED : CallLogChange.Kind.UPDATED, index(record, line));
            listeners.enqueue(change);
            callLogListeners.enqueue(change);
            persist(line);
        }
    }

    /**
     * Delivers the saved changes to the listeners; call it holding no lock.
     */
    void announceChanges() {
        listeners.deliver();
    }

    private void load() throws IOException {
        int[] skipped = { 0 };
        file.read((number, line) -> {
            lines++;
            if (line == null) {
                logger.warn("{}: line {} is longer than {} bytes and was skipped", file.path(), number,
                        CallLogFile.MAX_LINE_BYTES);
                skipped[0]++;
            } else if (!line.isBlank()) {
                Optional<CallRecord> record = codec.decode(line);
                if (record.isPresent()) {
                    index(record.get(), line);
                } else {
                    logger.warn("{}: line {} is not a call-log entry and was skipped", file.path(), number);
                    skipped[0]++;
                }
            }
        });
        int read = entries.size();
        int expired = applyRetention();
        logger.info("call log {}: {} entries from {} lines, {} lines skipped, {} entries past retention",
                file.path(), read, lines, skipped[0], expired);
        if (expired > 0 || shouldCompact()) {
            compact();
        }
    }

    private CallLogEntry index(CallRecord record, String line) {
        CallLogEntry entry = record.toEntry();
        entries.put(record.key(), new Stored(line, entry));
        latestAttempts.merge(record.contactId(), record.attempt(), Math::max);
        if (record.isFinished()) {
            ongoing.remove(record.key());
        } else {
            ongoing.add(record.key());
        }
        return entry;
    }

    private Optional<Stored> latest(String contactId) {
        Integer attempt = latestAttempts.get(contactId);
        return attempt == null ? Optional.empty()
                : Optional.ofNullable(entries.get(CallRecord.key(contactId, attempt)));
    }

    private void persist(String line) {
        if (rewriteNeeded) {
            // a previous append failed: rewriting puts every entry, this one included, on the disk; after a failed
            // rewrite, the next try waits for compactAfterLines more changes, as compact() set it
            lines++;
            if (lines >= nextCompactionAt) {
                compact();
            }
            return;
        }
        try {
            file.append(line);
            lines++;
        } catch (IOException e) {
            rewriteNeeded = true;
            logger.error("writing {} failed; the entry is kept in memory and the file is rewritten at the next change",
                    file.path(), e);
            return;
        }
        if (shouldCompact()) {
            compact();
        }
    }

    private boolean shouldCompact() {
        int superseded = lines - entries.size();
        return superseded >= settings.compactAfterLines() && superseded >= entries.size() && lines >= nextCompactionAt;
    }

    private void compact() {
        int expired = applyRetention();
        List<String> kept = entries.values().stream()
                .sorted(Comparator.comparing(Stored::entry, NEWEST_FIRST).reversed()).map(Stored::line).toList();
        int before = lines;
        try {
            file.rewrite(kept);
            lines = kept.size();
            rewriteNeeded = false;
            nextCompactionAt = 0;
            logger.debug("compacted {}: {} lines to {}, {} entries past retention", file.path(), before, lines,
                    expired);
        } catch (IOException e) {
            nextCompactionAt = lines + settings.compactAfterLines(); // not on every change while the disk refuses
            logger.error("compacting {} failed; the old file is kept", file.path(), e);
        }
    }

    /**
     * Drops finished entries older than the retention age, then the oldest finished ones beyond the most entries;
     * ongoing entries are always kept.
     */
    private int applyRetention() {
        Instant oldest = clock.instant().minus(settings.maxAge());
        List<Map.Entry<String, Stored>> finished = new ArrayList<>();
        for (Map.Entry<String, Stored> stored : entries.entrySet()) {
            if (!ongoing.contains(stored.getKey())) {
                finished.add(stored);
            }
        }
        finished.sort(Comparator.comparing(e -> e.getValue().entry(), NEWEST_FIRST.reversed()));
        int excess = entries.size() - settings.maxEntries();
        int removed = 0;
        for (Map.Entry<String, Stored> stored : finished) {
            CallLogEntry entry = stored.getValue().entry();
            if (entry.start().isBefore(oldest) || removed < excess) {
                entries.remove(stored.getKey());
                // onChange listeners hear of added and updated entries only
                callLogListeners.enqueue(new CallLogChange(CallLogChange.Kind.REMOVED, entry));
                if (latest(entry.contactId()).isEmpty()) {
                    latestAttempts.remove(entry.contactId());
                }
                removed++;
            }
        }
        return removed;
    }

    /** An entry with the line that holds it. */
    private record Stored(String line, CallLogEntry entry) {
    }
}
