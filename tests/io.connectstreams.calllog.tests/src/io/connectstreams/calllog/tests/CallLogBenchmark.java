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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.calllog.internal.CallLogFile;
import io.connectstreams.calllog.internal.CallLogSettings;
import io.connectstreams.calllog.internal.CallStore;
import io.connectstreams.testing.Benchmark;

/**
 * What persistence costs: appending one record line with its fsync, opening a full log (10,000 entries in 30,000
 * lines, so compaction runs at open), and the view's query over it. Files go under {@code target/} (a real disk;
 * {@code /tmp} may be memory).
 */
@Tag(Benchmark.TAG)
class CallLogBenchmark {

    private static final int APPEND_WARMUPS = 200;
    private static final int APPENDS = 2_000;
    private static final int ENTRIES = 10_000;
    private static final int VERSIONS = 3;
    private static final int QUERY_WARMUPS = 50;
    private static final int QUERIES = 200;

    @Test
    void appendWithFsyncOpenAndQuery() throws IOException {
        Path root = Path.of("target", "calllog-bench").toAbsolutePath();
        delete(root);
        String line = sampleLine(root.resolve("sample"));
        Benchmark benchmark = new Benchmark();

        try (CallLogFile file = new CallLogFile(root.resolve("append"))) {
            for (int i = 0; i < APPEND_WARMUPS; i++) {
                file.append(line);
            }
            long[] nanos = new long[APPENDS];
            for (int i = 0; i < APPENDS; i++) {
                long start = System.nanoTime();
                file.append(line);
                nanos[i] = System.nanoTime() - start;
            }
            benchmark.latency("calllog.append_fsync", nanos);
        }

        Path full = root.resolve("full");
        Files.createDirectories(full);
        Files.write(full.resolve(CallLogFile.FILE_NAME), fullLog(line), StandardCharsets.UTF_8);
        LogCapture log = new LogCapture("benchmark");
        long opening = System.nanoTime();
        try (CallStore store = new CallStore(CallLogSettings.defaults(full), log.logger(), Clock.systemUTC())) {
            double openMillis = (System.nanoTime() - opening) / 1e6;
            assertEquals(ENTRIES, store.query(CallLogQuery.ALL).size());
            assertEquals(ENTRIES, Files.readAllLines(store.path()).size(), "compacted at open");
            benchmark.record("calllog.open_10000_entries_30000_lines_ms", openMillis, Benchmark.Merge.MEDIAN);

            CallLogQuery viewQuery = new CallLogQuery(null, null, "+1425", Set.of(), 50);
            for (int i = 0; i < QUERY_WARMUPS; i++) {
                store.query(viewQuery);
            }
            long[] nanos = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                long start = System.nanoTime();
                assertEquals(50, store.query(viewQuery).size());
                nanos[i] = System.nanoTime() - start;
            }
            benchmark.latency("calllog.query_10000_entries", nanos);
        } finally {
            log.close();
        }
        benchmark.publish();
        delete(root);
    }

    /** A line as the log writes it: one answered call recorded through the real path. */
    private static String sampleLine(Path directory) {
        try (Recording log = new Recording(directory, "benchmark-sample")) {
            log.answeredCall("bench-sample", 0);
            List<String> lines = log.lines();
            return lines.get(lines.size() - 1);
        }
    }

    /** {@value #ENTRIES} contacts a minute apart over the last week, each written {@value #VERSIONS} times. */
    private static List<String> fullLog(String sample) {
        Instant first = Instant.now().minus(Duration.ofDays(8));
        List<String> lines = new ArrayList<>(ENTRIES * VERSIONS);
        for (int version = 0; version < VERSIONS; version++) {
            for (int i = 0; i < ENTRIES; i++) {
                lines.add(sample.replace("\"bench-sample\"", "\"bench-" + i + "\"").replaceFirst(
                        "\"start\":\"[^\"]+\"", "\"start\":\"" + first.plusSeconds(60L * i) + "\""));
            }
        }
        return lines;
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
