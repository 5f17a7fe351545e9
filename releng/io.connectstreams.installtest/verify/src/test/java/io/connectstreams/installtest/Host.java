/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the host installation, driven as its users would: its own p2 director application and its own
 * workbench, both started with {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar} (the native launcher
 * is not on Maven Central). Every run is started inside a private network namespace (releng/netns/run-in-netns,
 * as every test runtime of the project): the director can read only the local repository, and nothing the host
 * starts can reach another address. Every run's console output is kept in the work directory.
 */
final class Host {

    private static final Pattern LAUNCHER_JAR = Pattern.compile("org\\.eclipse\\.equinox\\.launcher_.*\\.jar");

    /** A stuck director or workbench must not hang the build. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;
    private final Path work;
    private final String netns;
    private final String java;
    private final String profile;

    private Host(Path home, Path work, String netns, String java, String profile) {
        this.home = home;
        this.work = work;
        this.netns = netns;
        this.java = java;
        this.profile = profile;
    }

    /** Copies the built host, so that every test run starts from the host as built. */
    static Host copyOf(Path built, Path work, String netns, String java, String profile) throws IOException {
        Path home = work.resolve("host");
        deleteRecursively(work);
        Files.createDirectories(work);
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, home.resolve(built.relativize(source).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return new Host(home, work, netns, java, profile);
    }

    Path home() {
        return home;
    }

    BundlesInfo bundlesInfo() throws IOException {
        return BundlesInfo.read(home);
    }

    /** Runs the host's p2 director on its own installation and profile, reading only the given repository. */
    Run director(String step, String repository, String... operation) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(netns, java, "-Declipse.p2.mirrors=false", "-jar", launcher(),
                "-nosplash", "-consoleLog", "-data", work.resolve(step + "-workspace").toString(), "-application",
                "org.eclipse.equinox.p2.director", "-repository", repository, "-destination", home.toString(),
                "-profile", profile));
        command.addAll(List.of(operation));
        return run(step, command, null);
    }

    /**
     * Starts the host's workbench with the probe switched on; the probe checks, writes its verdict and closes the
     * workbench.
     */
    Run start(String step, List<String> bundles, List<String> services, String view, Map<String, String> properties)
            throws IOException, InterruptedException {
        Path verdict = work.resolve(step + ".verdict");
        List<String> command = new ArrayList<>(List.of(netns, java, "-Dinstalltest.verdict=" + verdict,
                "-Dinstalltest.bundles=" + String.join(",", bundles),
                "-Dinstalltest.services=" + String.join(",", services), "-Dinstalltest.view=" + view,
                "-Declipse.p2.mirrors=false"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", launcher(), "-nosplash", "-consoleLog", "-data",
                work.resolve(step + "-workspace").toString()));
        return run(step, command, verdict);
    }

    private Run run(String step, List<String> command, Path verdict) throws IOException, InterruptedException {
        Path output = work.resolve(step + ".out");
        // no standard input: the Equinox console must not wait for a user
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        boolean finished = process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        List<String> verdictLines = verdict != null && Files.exists(verdict) ? Files.readAllLines(verdict) : null;
        Path log = work.resolve(step + "-workspace/.metadata/.log");
        return new Run(step, finished ? process.exitValue() : null, verdictLines, LogErrors.in(log), output);
    }

    private String launcher() throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            return plugins.filter(p -> LAUNCHER_JAR.matcher(p.getFileName().toString()).matches()).findFirst()
                    .orElseThrow(() -> new IOException("no equinox launcher in " + home)).toString();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
