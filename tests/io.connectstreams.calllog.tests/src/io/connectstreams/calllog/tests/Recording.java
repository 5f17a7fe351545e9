/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.wrapup.WrapUp;
import io.connectstreams.calllog.internal.CallLogSettings;
import io.connectstreams.calllog.internal.CallRecorder;
import io.connectstreams.calllog.internal.CallStore;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;

/**
 * A call log under test: a {@link CallStore} and a {@link CallRecorder} in a directory of the test, on the real
 * event bus, fed by a {@link SnapshotPlayer} (the worker's real snapshot-to-event derivation). Test times are
 * seconds after a base instant one hour ago; snapshots arrive at such a local time and carry back-end times
 * shifted by the skew.
 */
final class Recording implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final EventBus bus = Bundles.service(EventBus.class, WAIT);
    private final CallLogSettings settings;
    private final LogCapture log;
    private final Instant base;
    private final List<CallStore> abandoned = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ZERO;
    private CallStore store;
    private CallRecorder recorder;
    private SnapshotPlayer player;

    /**
     * @param directory the log's directory
     * @param name names the test's logger
     */
    Recording(Path directory, String name) {
        this(CallLogSettings.defaults(directory), name);
    }

    /**
     * @param settings the log's settings
     * @param name names the test's logger
     */
    Recording(CallLogSettings settings, String name) {
        this.settings = settings;
        this.log = new LogCapture("calllog-test-" + name);
        this.base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        open();
        player = new SnapshotPlayer(bus);
    }

    /**
     * @param seconds seconds after the test's base instant
     * @return that local time
     */
    Instant t(long seconds) {
        return base.plusSeconds(seconds);
    }

    /**
     * @param backEndMinusLocal the skew of the snapshots played from now on
     */
    void skew(Duration backEndMinusLocal) {
        skew = backEndMinusLocal;
    }

    /**
     * Plays one agent snapshot through the worker's derivation.
     *
     * @param seconds when it arrives, in test seconds
     * @param calls the contacts in it, at their current step
     */
    void play(long seconds, Call... calls) {
        Instant local = t(seconds);
        player.play(new AgentSnapshot(AgentSnapshots.AVAILABLE, null, null, local.plus(skew), local,
                Arrays.stream(calls).map(Call::snapshot).toList(), AgentSnapshots.configuration()));
    }

    /**
     * @param event an event name
     * @param payload its payload, published where the worker or the softphone would
     */
    void trigger(String event, Object payload) {
        bus.trigger(event, payload);
    }

    /**
     * An orderly restart of the application's call log: new store and recorder on the same directory.
     */
    void restart() {
        restart(() -> {
        });
    }

    /**
     * An orderly restart with something done to the directory while the call log is stopped.
     *
     * @param whileStopped what to do (edit the file, say)
     */
    void restart(Runnable whileStopped) {
        recorder.close();
        store.close();
        whileStopped.run();
        open();
    }

    /**
     * Plays a whole answered call: offered at {@code offered}, answered 4 s later, hung up after 6 s of talk,
     * destroyed 10 s after that; the other calls are in every snapshot, unchanged.
     *
     * @param contactId the contact id
     * @param offered the offer, in test seconds
     * @param others calls that go on meanwhile
     * @return the call
     */
    Call answeredCall(String contactId, long offered, Call... others) {
        Call call = Call.inbound(contactId, t(offered));
        play(offered + 1, with(call, others));
        call.connect(t(offered + 4));
        play(offered + 5, with(call, others));
        call.hangUp(t(offered + 10));
        play(offered + 11, with(call, others));
        play(offered + 21, others);
        return call;
    }

    /**
     * Plays a whole task the agent works on: offered at {@code offered}, accepted 4 s later, ended after 26 s of
     * work, destroyed 10 s after that.
     *
     * @param contactId the contact id
     * @param name the task's name
     * @param offered the offer, in test seconds
     * @return the task
     */
    Call workedTask(String contactId, String name, long offered) {
        Call task = Call.task(contactId, name, t(offered));
        play(offered + 1, task);
        task.connect(t(offered + 4));
        play(offered + 5, task);
        task.hangUp(t(offered + 30));
        play(offered + 31, task);
        play(offered + 40);
        return task;
    }

    /**
     * The application dies: the recorder hears nothing more and the store is not closed; new ones start on the same
     * directory.
     */
    void crash() {
        recorder.close();
        abandoned.add(store);
        open();
    }

    /**
     * A new agent session (as after the application restarted): the next snapshot initializes every contact in it.
     */
    void newSession() {
        player.close();
        player = new SnapshotPlayer(bus);
    }

    /**
     * @param retentionClock the clock retention is measured with from the next (re)start
     */
    void clock(Clock retentionClock) {
        clock = retentionClock;
    }

    /**
     * As {@code CallLog.saveWrapUp}.
     *
     * @param contactId a contact
     * @param wrapUp the agent's wrap-up
     * @return whether the contact has an entry
     */
    boolean saveWrapUp(String contactId, WrapUp wrapUp) {
        return recorder.saveWrapUp(contactId, wrapUp);
    }

    CallStore store() {
        return store;
    }

    LogCapture log() {
        return log;
    }

    /**
     * @param contactId a contact
     * @return its entry
     */
    /**
     * Records from now on with the host's names of parties ({@code ContactNames} in the component).
     *
     * @param names the name of a contact's party if the host has given it
     */
    void nameParties(Function<ContactSnapshot, Optional<String>> names) {
        recorder.close();
        recorder = new CallRecorder(store, log.logger(), Clock.systemUTC(), names);
        recorder.subscribe(bus);
    }

    CallLogEntry entry(String contactId) {
        return store.find(contactId).orElseThrow(() -> new AssertionError("no entry for " + contactId));
    }

    /**
     * @return the log file's lines
     */
    List<String> lines() {
        try {
            return Files.readAllLines(store.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        recorder.close();
        store.close();
        abandoned.forEach(CallStore::close);
        player.close();
        log.close();
    }

    private static Call[] with(Call call, Call... others) {
        Call[] all = Arrays.copyOf(others, others.length + 1);
        all[others.length] = call;
        return all;
    }

    private void open() {
        try {
            store = new CallStore(settings, log.logger(), clock,
                    failure -> bus.trigger(StreamsEvents.HANDLER_FAILURE, failure)); // as the component does
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorder = new CallRecorder(store, log.logger(), Clock.systemUTC());
        recorder.subscribe(bus);
    }
}
