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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.connectstreams.sandbox.Sandbox;

/**
 * {@code java -jar} on the sandbox bundle's jar in a folder of plug-in jars (copied from the jars this test runtime
 * runs): the JDK-only launcher finds its libraries by symbolic name, {@code serve} starts a sandbox in a child
 * process, the client commands drive it, and the process stops cleanly on SIGTERM (as on Ctrl-C).
 */
class StandaloneLauncherTest {

    private static final Set<String> NEEDED = Set.of("io.connectstreams.sandbox", "io.connectstreams.api",
            "com.google.gson", "bcprov", "bcpkix", "bcutil", "slf4j.api", "slf4j.jdk14", "org.eclipse.jetty.util",
            "org.eclipse.jetty.io", "org.eclipse.jetty.http", "org.eclipse.jetty.server",
            "org.eclipse.jetty.websocket.api", "org.eclipse.jetty.websocket.common",
            "org.eclipse.jetty.websocket.server", "org.eclipse.jetty.websocket.core.common",
            "org.eclipse.jetty.websocket.core.server");

    @Test
    void javaDashJarServesAndTheClientCommandsDriveIt(@TempDir Path plugins) throws Exception {
        Path sandboxJar = copyPlugins(plugins);
        Files.writeString(plugins.resolve("not-a-bundle.jar"), "garbage");

        Path connection = plugins.resolve("connection.json");
        Process serve = java(sandboxJar, "serve", "--port", "0", "--connection-file", connection.toString(),
                "--answer-delay", "manual");
        try {
            LinkedBlockingQueue<String> lines = reader(serve);
            String url = null;
            List<String> banner = new ArrayList<>();
            while (url == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("no banner from serve: " + banner);
                }
                banner.add(line);
                if (line.trim().startsWith("instance URL:")) {
                    url = line.substring(line.indexOf("https://")).trim();
                }
            }
            assertTrue(URI.create(url).getPort() > 0);
            String agents = String.join("\n", drain(lines, "Press Ctrl-C to stop."));
            assertTrue(agents.contains("jane   / jane-sandbox"), agents);

            Run status = run(sandboxJar, "status", "--connection-file", connection.toString());
            assertEquals(0, status.exit, status.output);
            assertTrue(status.output.contains("jane") && status.output.contains("Offline"), status.output);
            Run call = run(sandboxJar, "call", "--from", "+14255550100", "--connection-file", connection.toString());
            assertEquals(0, call.exit, call.output);
            assertTrue(call.output.trim().matches("[0-9a-f-]{36}"), call.output);
            Run fault = run(sandboxJar, "fault", "status", "503", "--count", "2", "--connection-file",
                    connection.toString());
            assertEquals(0, fault.exit, fault.output);
            Run after = run(sandboxJar, "status", "--connection-file", connection.toString());
            assertTrue(after.output.contains("status 503 x2"), after.output);
            Run hangup = run(sandboxJar, "hangup", call.output.trim(), "--connection-file", connection.toString());
            assertEquals(0, hangup.exit, hangup.output);
            Run missing = run(sandboxJar, "hangup", "no-such-call", "--connection-file", connection.toString());
            assertEquals(1, missing.exit, missing.output);
            Run usage = run(sandboxJar, "frobnicate");
            assertEquals(2, usage.exit);
        } finally {
            serve.destroy();
        }
        assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve stops on SIGTERM");
        assertTrue(Files.notExists(connection), "the connection file is removed on stop");

        Files.delete(plugins.resolve("bcpkix_" + bundleVersion("bcpkix") + ".jar"));
        Run broken = run(sandboxJar, "help");
        assertEquals(2, broken.exit);
        assertTrue(broken.output.contains("bcpkix"), broken.output);
    }

    @Test
    void aClientCommandExplainsThatNoSandboxAnswers(@TempDir Path plugins) throws Exception {
        Path sandboxJar = copyPlugins(plugins);
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port + "/";
        Run status = run(sandboxJar, "status", "--url", url, "--key", "any");
        assertEquals(1, status.exit, status.output);
        assertTrue(status.output.contains("no sandbox answers at " + url), status.output);
        assertTrue(status.output.contains("connectstreams-demo control"), status.output);
        assertFalse(status.output.contains("null"), status.output);
    }

    @Test
    void dropWebsocketsCutsTheOpenCtiWebSockets(@TempDir Path plugins) throws Exception {
        Path sandboxJar = copyPlugins(plugins);
        Path pem = plugins.resolve("sandbox.pem");
        try (Sandbox sandbox = Sandbox.builder().port(0).certificateFile(pem).start()) {
            CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
            URI transport = URI.create(jane.call("CreateTransport", "transportType", "web_socket").ok().json()
                    .getAsJsonObject("webSocketTransport").get("url").getAsString());
            WebSocketProbe socket = WebSocketProbe.connect(jane.http, transport);

            Run drop = run(sandboxJar, "fault", "drop-websockets", "--url", sandbox.baseUri().toString(), "--key",
                    sandbox.controlKey(), "--cert", pem.toString());
            assertEquals(0, drop.exit, drop.output);
            assertEquals("ok: 1 WebSocket(s) dropped", drop.output.trim());
            String how = socket.closed.handle((reason, error) -> reason != null ? reason : String.valueOf(error))
                    .get(20, TimeUnit.SECONDS);
            assertFalse(how.startsWith("1000"), "cut as a lost network, not closed normally: " + how);
        }
    }

    /** Copies the jars the launcher needs from this test runtime; returns the sandbox's. */
    private static Path copyPlugins(Path plugins) throws IOException {
        Path sandboxJar = null;
        Set<String> copied = new java.util.TreeSet<>();
        for (Bundle bundle : FrameworkUtil.getBundle(Sandbox.class).getBundleContext().getBundles()) {
            if (!NEEDED.contains(bundle.getSymbolicName())) {
                continue;
            }
            Path jar = jarOf(bundle);
            Path target = plugins.resolve(bundle.getSymbolicName() + "_" + bundle.getVersion() + ".jar");
            Files.copy(jar, target);
            copied.add(bundle.getSymbolicName());
            if ("io.connectstreams.sandbox".equals(bundle.getSymbolicName())) {
                sandboxJar = target;
            }
        }
        assertEquals(NEEDED, copied, "the test runtime has every jar the launcher needs");
        return sandboxJar;
    }

    private static String bundleVersion(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(Sandbox.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        throw new AssertionError(symbolicName);
    }

    private static Path jarOf(Bundle bundle) {
        String location = bundle.getLocation();
        String path = location.substring(location.indexOf("file:") + "file:".length());
        Path file = Path.of(path);
        if (!file.isAbsolute()) {
            file = Path.of(URI.create(System.getProperty("osgi.install.area"))).resolve(path).normalize();
        }
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("bundle " + bundle.getSymbolicName() + " runs from " + location + ", not a jar");
        }
        return file;
    }

    private static Process java(Path jar, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).directory(jar.getParent().toFile()).start();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path jar, String... args) throws Exception {
        Process process = java(jar, args);
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sandbox " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static LinkedBlockingQueue<String> reader(Process process) {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<read failed: " + e + ">");
            }
        }, "cs-test-serve-output");
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    private static List<String> drain(LinkedBlockingQueue<String> lines, String until) throws InterruptedException {
        List<String> result = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                result.add(line);
                if (line.startsWith(until)) {
                    return result;
                }
            }
        }
        throw new AssertionError("no line " + until + " in " + result);
    }
}
