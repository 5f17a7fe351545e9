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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;

/**
 * TLS with the generated certificate, plain HTTP when asked, loopback only, and a clean stop.
 */
class ServerSetupTest {

    @Test
    void certificateCoversLoopbackAndIsTrustedOnlyExplicitly(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("sandbox.pem");
        try (Sandbox sandbox = Sandbox.builder().certificateFile(pem).start()) {
            X509Certificate certificate = sandbox.certificate().orElseThrow();
            List<String> names = certificate.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString())
                    .toList();
            assertEquals(List.of("127.0.0.1", "localhost"), names);
            try (InputStream in = Files.newInputStream(pem)) {
                assertEquals(certificate, CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            HttpRequest request = HttpRequest.newBuilder(sandbox.baseUri().resolve("/login")).timeout(Duration.ofSeconds(5))
                    .build();
            HttpClient trusting = HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).build();
            assertEquals(200, trusting.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpClient jdkDefaults = HttpClient.newHttpClient();
            assertThrows(SSLHandshakeException.class, () -> jdkDefaults.send(request, HttpResponse.BodyHandlers.ofString()));
            HttpRequest byName = HttpRequest.newBuilder(URI.create("https://localhost:" + sandbox.port() + "/login"))
                    .timeout(Duration.ofSeconds(5)).build();
            assertEquals(200, trusting.send(byName, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void plainHttpOnlyWhenAskedForAndTheClientsUseWs() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().plainHttp().start()) {
            assertTrue(sandbox.baseUri().toString().startsWith("http://127.0.0.1:"));
            assertTrue(sandbox.certificate().isEmpty());
            assertThrows(IllegalStateException.class, sandbox::clientSslContext);
            CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
            String url = jane.call("CreateTransport", "transportType", "web_socket").ok().json()
                    .getAsJsonObject("webSocketTransport").get("url").getAsString();
            assertTrue(url.startsWith("ws://127.0.0.1:" + sandbox.port() + "/ws?token="), url);
            WebSocketProbe socket = WebSocketProbe.connect(jane.http, URI.create(url));
            socket.sendText("{\"topic\":\"aws/heartbeat\"}");
            assertEquals("{\"topic\":\"aws/heartbeat\"}", socket.next());
        }
    }

    @Test
    void closeStopsEveryThreadTheSandboxStarted() throws Exception {
        Sandbox sandbox = Sandbox.builder().start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("GetAgentConfiguration").ok();
        assertTrue(sandboxThreads() > 0);
        sandbox.close();
        Await.until(Duration.ofSeconds(10), () -> sandboxThreads() == 0,
                () -> "sandbox threads left: " + Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                        .filter(name -> name.startsWith("cs-sandbox")).toList());
    }

    @Test
    void portInUseIsReported() throws Exception {
        try (Sandbox first = Sandbox.builder().start()) {
            java.io.IOException failure = assertThrows(java.io.IOException.class,
                    () -> Sandbox.builder().port(first.port()).start());
            assertTrue(failure.getMessage().contains("127.0.0.1:" + first.port()), failure.getMessage());
        }
        Await.until(Duration.ofSeconds(10), () -> sandboxThreads() == 0, "the failed sandbox left no threads");
    }

    private static long sandboxThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("cs-sandbox")).count();
    }
}
