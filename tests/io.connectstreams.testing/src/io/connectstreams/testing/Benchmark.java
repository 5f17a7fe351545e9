/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness: warm-up and measured iterations in each JVM, several JVMs (forks), results merged into
 * {@code docs/benchmarks/results.json} under stable keys.
 * <p>
 * Benchmarks are JUnit tests tagged {@code benchmark}; the normal test run leaves them out. The {@code bench} Maven
 * profile runs them in {@value #DEFAULT_FORKS} test runtimes one after the other (tycho-surefire executions
 * {@code default-test}, {@code bench-fork-2}, {@code bench-fork-3}), passing {@code cs.bench.fork} and
 * {@code cs.bench.forks}. Each fork writes its figures to {@code target/bench/<class>-fork-<n>.json} (one file per
 * benchmark class that created the {@code Benchmark}); the last one merges
 * them (throughput: mean of the forks; latency and resource figures: median of the forks), prints a table and
 * updates the results file. Run outside the profile (in the IDE), a benchmark runs once and writes nothing.
 */
public final class Benchmark {

    /** The JUnit tag of benchmarks. */
    public static final String TAG = "benchmark";

    private static final int DEFAULT_FORKS = 3;
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(-?[0-9.eE+\\-]+|\"[^\"]*\")");

    /** How figures of several forks become one. */
    public enum Merge {
        /** Throughput: the mean of the forks. */
        MEAN,
        /** Latency percentiles, memory, counts: the median of the forks. */
        MEDIAN
    }

    private final String name = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass()
            .getSimpleName();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, Merge> merges = new LinkedHashMap<>();

    /**
     * Measures throughput: calls {@code batch} over and over for each iteration, {@code warmups} iterations
     * discarded, then {@code iterations} measured.
     *
     * @param key the results key, for example {@code bus.trigger_1_subscriber_per_s}
     * @param iterationTime how long one iteration lasts
     * @param warmups iterations run to warm the JIT, not counted
     * @param iterations iterations measured
     * @param batch performs some operations and returns how many
     * @return operations per second, the mean of the measured iterations
     */
    public double throughput(String key, Duration iterationTime, int warmups, int iterations, Batch batch) {
        double[] rates = new double[iterations];
        for (int i = -warmups; i < iterations; i++) {
            long operations = 0;
            long start = System.nanoTime();
            long end = start + iterationTime.toNanos();
            long now;
            do {
                operations += batch.run();
                now = System.nanoTime();
            } while (now < end);
            if (i >= 0) {
                rates[i] = operations * 1e9 / (now - start);
            }
        }
        double mean = Arrays.stream(rates).average().orElse(0);
        double deviation = Math.sqrt(Arrays.stream(rates).map(r -> (r - mean) * (r - mean)).sum() / iterations);
        System.out.printf(Locale.ROOT, "%-55s %,18.0f ops/s  (+-%,.0f over %d iterations)%n", key, mean, deviation,
                iterations);
        record(key, mean, Merge.MEAN);
        return mean;
    }

    /**
     * Records latency percentiles of samples, under {@code <prefix>_p50_ms}, {@code _p90_ms}, {@code _p99_ms} and
     * {@code _max_ms}.
     *
     * @param prefix the results key prefix, for example {@code bus.bridge_latency}
     * @param nanos the measured latencies in nanoseconds (warm-up samples already left out)
     * @return the percentiles in milliseconds: p50, p90, p99, max
     */
    public double[] latency(String prefix, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double[] result = { percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6 };
        String[] names = { "p50", "p90", "p99", "max" };
        for (int i = 0; i < names.length; i++) {
            record(prefix + "_" + names[i] + "_ms", result[i], Merge.MEDIAN);
        }
        System.out.printf(Locale.ROOT, "%-55s p50 %.3f  p90 %.3f  p99 %.3f  max %.3f ms  (%d samples)%n", prefix,
                result[0], result[1], result[2], result[3], sorted.length);
        return result;
    }

    /**
     * Records any other figure.
     *
     * @param key the results key; put the unit in it ({@code _ms}, {@code _mb}, {@code _per_s})
     * @param value the figure
     * @param merge how forks are merged
     */
    public void record(String key, double value, Merge merge) {
        figures.put(key, value);
        merges.put(key, merge);
    }

    /**
     * Writes this fork's figures; the last fork merges every fork into the results file. Call it once, at the end.
     */
    public void publish() {
        int fork = Integer.getInteger("cs.bench.fork", 0);
        int forks = Integer.getInteger("cs.bench.forks", DEFAULT_FORKS);
        String results = System.getProperty("cs.bench.results");
        if (fork == 0 || results == null) {
            System.out.println("not run by the bench profile: figures are not saved");
            return;
        }
        Path work = Path.of("target", "bench");
        try {
            Files.createDirectories(work);
            Map<String, String> mine = new LinkedHashMap<>();
            figures.forEach((k, v) -> mine.put(k, format(v)));
            merges.forEach((k, m) -> mine.put(k + "#merge", '"' + m.name() + '"'));
            write(work.resolve(name + "-fork-" + fork + ".json"), mine);
            if (fork == forks) {
                merge(work, name, forks, Path.of(results));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(Path work, String name, int forks, Path results) throws IOException {
        Map<String, List<Double>> values = new TreeMap<>();
        Map<String, String> mergeOf = new TreeMap<>();
        for (int f = 1; f <= forks; f++) {
            Path file = work.resolve(name + "-fork-" + f + ".json");
            if (!Files.exists(file)) {
                continue;
            }
            read(file).forEach((k, v) -> {
                if (k.endsWith("#merge")) {
                    mergeOf.put(k.substring(0, k.length() - 6), v.replace("\"", ""));
                } else {
                    values.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(v));
                }
            });
        }
        Map<String, String> all = Files.exists(results) ? read(results) : new TreeMap<>();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-55s %18s   %s%n", "key (" + forks + " forks)", "result", "per fork");
        for (Map.Entry<String, List<Double>> entry : values.entrySet()) {
            List<Double> perFork = entry.getValue();
            double merged = Merge.MEAN.name().equals(mergeOf.get(entry.getKey()))
                    ? perFork.stream().mapToDouble(Double::doubleValue).average().orElse(0)
                    : median(perFork);
            all.put(entry.getKey(), format(merged));
            System.out.printf(Locale.ROOT, "%-55s %18s   %s%n", entry.getKey(), format(merged),
                    perFork.stream().map(Benchmark::format).toList());
        }
        all.put("machine.cpu", '"' + cpuModel() + '"');
        all.put("machine.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        all.put("machine.memory_gb", format(memoryGb()));
        all.put("machine.os", '"' + System.getProperty("os.name") + " " + System.getProperty("os.version") + '"');
        all.put("machine.java", '"' + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + '"');
        all.put("machine.date", '"' + LocalDate.now().toString() + '"');
        Files.createDirectories(results.getParent());
        write(results, new TreeMap<>(all));
        System.out.println("merged into " + results);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(Files.readString(file));
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }

    private static void write(Path file, Map<String, String> map) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.append("  \"").append(entry.getKey()).append("\": ").append(entry.getValue())
                    .append(++i < map.size() ? ",\n" : "\n");
        }
        Files.writeString(file, json.append("}\n"), StandardCharsets.UTF_8);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim().replace("\"", "")).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double memoryGb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToDouble(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1e6).map(g -> Math.round(g * 10) / 10.0)
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * One batch of operations of a throughput benchmark.
     */
    @FunctionalInterface
    public interface Batch {

        /**
         * @return how many operations this call performed
         */
        long run();
    }
}
