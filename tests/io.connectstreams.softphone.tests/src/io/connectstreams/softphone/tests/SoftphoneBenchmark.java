/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.softphone.probe.HeardAudio;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Benchmark;

/**
 * The softphone's figures, against the sandbox in the same JVM (both sides on persistent peer connections), calls
 * offered through played snapshots: offer to talking and to the first audible caller frame, mute to the local
 * event and to silence at the far end, split at the microphone (against disabling the track, the browser's way),
 * and the process's native memory, threads and file descriptors after 1,000 calls. Every loop is bounded in count
 * and time.
 */
@Tag(Benchmark.TAG)
class SoftphoneBenchmark {

    private static final int WARMUP_CALLS = 20;
    private static final int MEASURED_CALLS = 100;
    private static final int DEDICATED_CALLS = 60;
    private static final int MUTE_EVENTS = 500;
    private static final int FAR_END_MUTES = 30;
    private static final int MEMORY_CALLS = 1000;
    private static final Duration TALK = Duration.ofMillis(200);
    private static final Duration MEMORY_RUN_LIMIT = Duration.ofMinutes(8);
    private static final Duration SILENCE_WAIT = Duration.ofSeconds(2);
    private static final int CONFIRMING_FRAMES = 5;
    private static final Duration FRAME = Duration.ofMillis(10);
    private static final int HEAP_CHUNK = 16 * 1024 * 1024;

    @Test
    void softphone() throws Exception {
        Benchmark benchmark = new Benchmark();
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            calls.probe.playTone(SoftphoneFixture.AGENT_HZ,
                    SoftphoneFixture.AGENT_AMPLITUDE);
            offerToTalking(calls, benchmark);
            mute(calls, benchmark);
            memory(calls, benchmark);
            calls.probe.silence();
        }
        dedicatedCalls(benchmark);
        benchmark.publish();
    }

    /** Offer (the contact event) to TALKING, and to the first audible caller frame at the agent. */
    private static void offerToTalking(PlayedCalls calls, Benchmark benchmark) {
        long[] talking = new long[MEASURED_CALLS];
        long[] audio = new long[MEASURED_CALLS];
        for (int i = -WARMUP_CALLS; i < MEASURED_CALLS; i++) {
            Call call = calls.offer();
            long toTalking = calls.offerToTalking(call);
            HeardAudio meter = calls.probe.receivedAudio(call.contactId()).orElseThrow();
            Await.until(PlayedCalls.WAIT, () -> meter.firstAudibleNanos() != 0, "the caller heard");
            if (i >= 0) {
                talking[i] = toTalking;
                audio[i] = meter.firstAudibleNanos() - call.offeredNanos();
            }
            calls.callerHangsUp(call);
            calls.forgetStates(call);
            // the next call's first audio must not be the tail of this one
            Await.until(PlayedCalls.WAIT, () -> calls.probe.keptPeerAudio()
                    .map(kept -> kept.recentRms(5) < Audio.AUDIBLE_RMS).orElse(true), "silence between calls");
        }
        benchmark.latency("softphone.offer_to_talking", talking);
        benchmark.latency("softphone.offer_to_first_audio", audio);
    }

    /** The same without persistent peer connections on the server: a peer connection, offer, ICE, invite each. */
    private static void dedicatedCalls(Benchmark benchmark) throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder().persistentPeerConnections(false))) {
            long[] talking = new long[DEDICATED_CALLS];
            long nativeBefore = 0;
            for (int i = -5; i < DEDICATED_CALLS; i++) {
                if (i == 0) {
                    System.gc();
                    nativeBefore = status("VmRSS:") - javaHeapRss();
                }
                Call call = calls.offer();
                long toTalking = calls.offerToTalking(call);
                if (i >= 0) {
                    talking[i] = toTalking;
                }
                calls.callerHangsUp(call);
                calls.forgetStates(call);
            }
            System.gc();
            // each call leaves two closed peer connections behind: the softphone's and the sandbox caller's
            double perCall = (status("VmRSS:") - javaHeapRss() - nativeBefore) / (double) DEDICATED_CALLS;
            benchmark.latency("softphone.offer_to_talking_dedicated", talking);
            benchmark.record("softphone.native_rss_growth_per_dedicated_call_kb", perCall, Benchmark.Merge.MEDIAN);
            System.out.printf("calls without persistent peer connections: %+.0f kB outside the Java heap per call%n",
                    perCall);
        }
    }

    /** mute() to the local mute_toggle, and to silence at the far end: at the source versus disabling the track. */
    private static void mute(PlayedCalls calls, Benchmark benchmark) {
        Call call = calls.offer();
        calls.awaitState(call, SoftphoneSessionState.TALKING);
        SandboxControl control = calls.sandbox.control();
        Audio.callerHearsAgent(control, call.contactId());

        AtomicLong toggled = new AtomicLong();
        long[] events = new long[MUTE_EVENTS];
        try (Subscription subscription = calls.bus.subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class,
                toggle -> toggled.set(System.nanoTime()))) {
            for (int i = -50; i < MUTE_EVENTS; i++) {
                long start = System.nanoTime();
                calls.bus.trigger(EventType.MUTE, new MuteRequest(i % 2 == 0)); // what agent.mute()/unmute() publish
                if (i >= 0) {
                    events[i] = toggled.get() - start;
                }
            }
        }
        calls.bus.trigger(EventType.MUTE, new MuteRequest(false));
        benchmark.latency("softphone.mute_to_event", events);

        long[] silence = new long[FAR_END_MUTES];
        long[] atSource = new long[FAR_END_MUTES];
        long[] afterSource = new long[FAR_END_MUTES];
        long[] audible = new long[FAR_END_MUTES];
        long[] trackSilence = new long[FAR_END_MUTES];
        for (int i = -3; i < FAR_END_MUTES; i++) {
            Audio.callerHearsAgent(control, call.contactId());
            atRandomPhase();
            long mutedNanos = System.nanoTime();
            Instant muted = Instant.now();
            calls.bus.trigger(EventType.MUTE, new MuteRequest(true));
            long toSilence = untilSilent(control, call.contactId(), muted);
            long toSource = calls.probe.lastMuteAppliedNanos() - mutedNanos;
            assertTrue(toSource > 0 && toSource < toSilence, "the mute took effect at the source before the far end");
            atRandomPhase();
            Instant unmuted = Instant.now();
            calls.bus.trigger(EventType.MUTE, new MuteRequest(false));
            long toAudible = untilAudible(control, call.contactId(), unmuted);
            Audio.callerHearsAgent(control, call.contactId());
            atRandomPhase();
            Instant disabled = Instant.now();
            calls.probe.setTrackEnabled(call.contactId(), false);
            long trackToSilence = untilSilent(control, call.contactId(), disabled);
            calls.probe.setTrackEnabled(call.contactId(), true);
            if (i >= 0) {
                silence[i] = toSilence;
                atSource[i] = toSource;
                afterSource[i] = toSilence - toSource;
                audible[i] = toAudible;
                trackSilence[i] = trackToSilence;
            }
        }
        benchmark.latency("softphone.mute_to_far_end_silence", silence);
        benchmark.latency("softphone.mute_to_silent_source_frame", atSource);
        benchmark.latency("softphone.silent_source_frame_to_far_end_silence", afterSource);
        benchmark.latency("softphone.unmute_to_far_end_audio", audible);
        benchmark.latency("softphone.track_disable_to_far_end_silence", trackSilence);
        calls.callerHangsUp(call);
        calls.forgetStates(call);
    }

    /** Native memory, threads and descriptors of the process after 1,000 calls of about 200 ms each. */
    private static void memory(PlayedCalls calls, Benchmark benchmark) throws IOException {
        for (int i = 0; i < WARMUP_CALLS; i++) {
            shortCall(calls);
        }
        touchHeap();
        System.gc();
        long rss = status("VmRSS:");
        long nativeRss = rss - javaHeapRss();
        long threads = status("Threads:");
        long fds = descriptors();
        long heap = usedHeap();
        long deadline = System.nanoTime() + MEMORY_RUN_LIMIT.toNanos();
        int done = 0;
        while (done < MEMORY_CALLS && System.nanoTime() < deadline) {
            shortCall(calls);
            done++;
        }
        assertTrue(done == MEMORY_CALLS, "only " + done + " calls within " + MEMORY_RUN_LIMIT.toMinutes() + " min");
        System.gc();
        Await.until(PlayedCalls.WAIT, () -> calls.softphone.sessions().isEmpty(), "no session left");
        long rssAfter = status("VmRSS:");
        double rssGrowth = (rssAfter - rss) / 1024.0;
        double nativeGrowth = (rssAfter - javaHeapRss() - nativeRss) / 1024.0;
        double heapGrowth = (usedHeap() - heap) / (1024.0 * 1024);
        benchmark.record("softphone.rss_growth_1000_calls_mb", rssGrowth, Benchmark.Merge.MEDIAN);
        benchmark.record("softphone.native_rss_growth_1000_calls_mb", nativeGrowth, Benchmark.Merge.MEDIAN);
        benchmark.record("softphone.heap_used_growth_1000_calls_mb", heapGrowth, Benchmark.Merge.MEDIAN);
        benchmark.record("softphone.thread_growth_1000_calls", status("Threads:") - threads, Benchmark.Merge.MEDIAN);
        benchmark.record("softphone.fd_growth_1000_calls", descriptors() - fds, Benchmark.Merge.MEDIAN);
        System.out.printf("1000 calls: RSS %+.1f MB (outside the Java heap %+.1f MB), heap used %+.1f MB, threads %+d,"
                + " descriptors %+d%n", rssGrowth, nativeGrowth, heapGrowth, status("Threads:") - threads,
                descriptors() - fds);
    }

    private static void shortCall(PlayedCalls calls) {
        Call call = calls.offer();
        calls.awaitState(call, SoftphoneSessionState.TALKING);
        LockSupport.parkNanos(TALK.toNanos()); // the call talks for a while: that is the load, not a wait
        calls.callerHangsUp(call);
        calls.forgetStates(call);
    }

    /**
     * Waits a random part of a 10 ms audio frame. The loop resumes right after it saw a new frame at the caller, so
     * without this every mute would fall at the same point of the far end's 10 ms playout cycle; an agent's click is
     * not synchronized with either side's audio clock.
     */
    private static void atRandomPhase() {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(FRAME.toNanos()));
    }

    /** Nanoseconds from {@code from} to the first of {@value #CONFIRMING_FRAMES} silent frames at the caller. */
    private static long untilSilent(SandboxControl control, String contactId, Instant from) {
        Instant onset = null;
        long onsetFrame = 0;
        long deadline = System.nanoTime() + SILENCE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<AudioLevels> levels = control.levels(contactId);
            if (levels.isPresent() && levels.get().measuredAt().isAfter(from)) {
                if (levels.get().receivedRms() >= Audio.AUDIBLE_RMS) {
                    onset = null;
                } else if (onset == null) {
                    onset = levels.get().measuredAt();
                    onsetFrame = levels.get().framesReceived();
                } else if (levels.get().framesReceived() - onsetFrame >= CONFIRMING_FRAMES) {
                    return Duration.between(from, onset).toNanos();
                }
            }
            LockSupport.parkNanos(200_000);
        }
        throw new AssertionError("no silence at the caller within " + SILENCE_WAIT.toMillis() + " ms");
    }

    /** Nanoseconds from {@code from} to the first frame at half the agent's level at the caller. */
    private static long untilAudible(SandboxControl control, String contactId, Instant from) {
        long deadline = System.nanoTime() + SILENCE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<AudioLevels> levels = control.levels(contactId);
            if (levels.isPresent() && levels.get().measuredAt().isAfter(from)
                    && levels.get().receivedRms() >= Audio.AGENT_RMS / 2) {
                return Duration.between(from, levels.get().measuredAt()).toNanos();
            }
            LockSupport.parkNanos(200_000);
        }
        throw new AssertionError("no audio at the caller within " + SILENCE_WAIT.toMillis() + " ms");
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException(field + " not in /proc/self/status");
    }

    /**
     * The resident kilobytes of the Java heap: the mappings of at least 1 GB (the heap reserved with -Xmx2g; the
     * compressed class space's 1 GB reservation is mostly not resident). The rest of the RSS is native memory:
     * WebRTC, the JVM's own, the JIT's code.
     */
    private static long javaHeapRss() throws IOException {
        long total = 0;
        long size = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (line.startsWith("Size:")) {
                size = Long.parseLong(line.replaceAll("[^0-9]", ""));
            } else if (line.startsWith("Rss:") && size >= 1024 * 1024) {
                total += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return total;
    }

    /**
     * Makes the whole Java heap resident before the baseline: with -Xms2g its pages are committed but become
     * resident only when first written, which would show as growth of the process's RSS during the calls that has
     * nothing to do with native memory. Allocating (the JVM zeroes each array) up to 85 % of the heap writes them all.
     */
    private static void touchHeap() {
        Runtime runtime = Runtime.getRuntime();
        long target = (long) (runtime.maxMemory() * 0.85) - (runtime.totalMemory() - runtime.freeMemory());
        List<byte[]> held = new ArrayList<>();
        for (long allocated = 0; allocated < target; allocated += HEAP_CHUNK) {
            held.add(new byte[HEAP_CHUNK]);
        }
        assertTrue(held.size() > 0);
        held.clear();
    }

    private static long descriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
