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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.connectstreams.sandbox.TurnServer;
import io.connectstreams.testing.Await;

/**
 * A real TURN server for one test: Debian's coturn ({@code turnserver}), started inside the test's network
 * namespace on 10.77.0.1 with a temporary configuration (long-term credentials, one static user, no TLS, no CLI,
 * its own user database), stopped on close.
 */
final class CoturnServer implements AutoCloseable {

    static final String HOST = "10.77.0.1";
    static final int PORT = 3478;
    private static final String USER = "agent";
    private static final String PASSWORD = "turn-test-secret";
    private static final Duration START_WAIT = Duration.ofSeconds(15);

    private final Path directory;
    private final Process process;

    private CoturnServer(Path directory, Process process) {
        this.directory = directory;
        this.process = process;
    }

    static CoturnServer start() throws IOException {
        Path directory = Files.createTempDirectory("cs-coturn-");
        Path log = directory.resolve("turn.log");
        Path config = directory.resolve("turnserver.conf");
        Files.write(config, List.of("listening-port=" + PORT, "listening-ip=" + HOST, "relay-ip=" + HOST,
                "min-port=49160", "max-port=49400", "lt-cred-mech", "user=" + USER + ":" + PASSWORD,
                "realm=connectstreams.test", "no-tls", "no-dtls", "no-cli", "fingerprint", "simple-log",
                "log-file=" + log, "pidfile=" + directory.resolve("turn.pid"),
                "userdb=" + directory.resolve("turndb")));
        Process process = new ProcessBuilder("turnserver", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        CoturnServer server = new CoturnServer(directory, process);
        try {
            Await.until(START_WAIT, () -> server.logContains("Total General servers") || !process.isAlive(),
                    "coturn to start");
            if (!process.isAlive()) {
                throw new IOException("coturn exited with " + process.exitValue());
            }
        } catch (IOException | RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * @return the server as the sandbox hands it to softphones
     */
    TurnServer turnServer() {
        return new TurnServer(List.of("turn:" + HOST + ":" + PORT + "?transport=udp"), USER, PASSWORD);
    }

    private boolean logContains(String text) {
        try {
            return Files.exists(directory.resolve("turn.log"))
                    && Files.readString(directory.resolve("turn.log")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(directory)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
