/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Benchmark;

/**
 * The soak run of {@link SandboxFuzzer}: {@value #CASES} seeded cases (seed {@value #SEED} plus the fork number)
 * across every endpoint against one sandbox, bounded to 10 minutes. Records the cases, requests and frames sent, the
 * 5xx answers, leaks (class names or exception text) and hangs found (all must be 0), and the process's RSS, live
 * threads and heap after a full GC before and after the run.
 */
@Tag(Benchmark.TAG)
class SandboxFuzzBenchmark {

    private static final int CASES = 30_000;
    private static final long SEED = 20261206L;
    private static final Duration BUDGET = Duration.ofMinutes(10);

    @Test
    void soak() throws Exception {
        long seed = SEED + Integer.getInteger("cs.bench.fork", 0);
        Benchmark benchmark = new Benchmark();
        try (Sandbox sandbox = Sandbox.builder().controlKey(SandboxFuzzer.CONTROL_KEY).start()) {
            SandboxFuzzer fuzzer = new SandboxFuzzer(sandbox, seed);
            double rssBefore = rssMb();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            double heapBefore = heapAfterGcMb();
            long start = System.nanoTime();
            SandboxFuzzer.Figures figures = fuzzer.run(CASES, BUDGET);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(SandboxFuzzer.answersSnapshots(sandbox), "no correct snapshot after the fuzz run");
            double rssAfter = rssMb();
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            double heapAfter = heapAfterGcMb();
            System.out.printf("fuzz seed %d: %s in %.1f s%n", seed, figures, seconds);
            benchmark.record("sandbox.fuzz_cases", figures.cases, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_requests", figures.requests, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_frames", figures.frames, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_5xx", figures.serverErrors, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_leaks", figures.leaks, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_hangs", figures.hangs, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_duration_s", seconds, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_rss_before_mb", rssBefore, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_rss_after_mb", rssAfter, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_threads_before", threadsBefore, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_threads_after", threadsAfter, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_heap_after_gc_before_mb", heapBefore, Benchmark.Merge.MEDIAN);
            benchmark.record("sandbox.fuzz_heap_after_gc_after_mb", heapAfter, Benchmark.Merge.MEDIAN);
            benchmark.publish();
            assertEquals(0, figures.serverErrors, figures::toString);
            assertEquals(0, figures.leaks, figures::toString);
            assertEquals(0, figures.hangs, figures::toString);
        }
    }

    private static double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return 0;
    }

    private static double heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
