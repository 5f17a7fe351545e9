/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.session.PreferenceConfiguration;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.session.TrustedCertificates;

/**
 * The trusted-certificate preference: the TLS context built from a PEM file trusts that certificate as well as the
 * JVM's authorities and still verifies everything else; a file without a certificate is refused by name.
 */
class TrustedCertificatesTest {

    @TempDir
    Path temp;

    @Test
    void thePemIsTrustedInAdditionToTheJvmsAuthorities() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
            Path pem = temp.resolve("sandbox.pem");
            sandbox.writeCertificatePem(pem);
            URI login = sandbox.baseUri().resolve("login");

            SSLContext trusting = TrustedCertificates.sslContext(pem);
            assertEquals(200, get(trusting, login).statusCode());
            assertThrows(SSLHandshakeException.class, () -> get(SSLContext.getDefault(), login),
                    "the JVM's trust alone refuses the sandbox");
            int jvmAuthorities = jvmAuthorities();
            assertTrue(jvmAuthorities > 0, "the JVM trusts some authorities");
            assertEquals(jvmAuthorities + 1, TrustedCertificates.trustStore(pem).size(),
                    "the JVM's authorities and the sandbox's certificate");

            StreamsConfiguration configuration = PreferenceConfiguration.build(key -> switch (key) {
                case SessionPreferences.INSTANCE_URL -> sandbox.baseUri().toString();
                case SessionPreferences.TRUSTED_CERTIFICATE -> pem.toString();
                default -> "";
            });
            assertEquals(200, get(configuration.sslContext(), login).statusCode());
        }
    }

    @Test
    void signingInAgainWithTheSameFileKeepsTheContextAndSoTheWorkersHttpClient() throws Exception {
        try (Sandbox first = Sandbox.builder().port(0).start(); Sandbox second = Sandbox.builder().port(0).start()) {
            Path pem = temp.resolve("kept.pem");
            first.writeCertificatePem(pem);
            SSLContext context = TrustedCertificates.sslContext(pem);
            assertSame(context, TrustedCertificates.sslContext(pem), "an unchanged file");

            second.writeCertificatePem(pem);
            Files.setLastModifiedTime(pem, FileTime.fromMillis(Files.getLastModifiedTime(pem).toMillis() + 2_000));
            SSLContext changed = TrustedCertificates.sslContext(pem);
            assertNotSame(context, changed, "a new certificate in the file");
            assertEquals(200, get(changed, second.baseUri().resolve("login")).statusCode());
        }
    }

    @Test
    void aFileWithoutCertificateIsNamed() throws Exception {
        Path garbage = Files.writeString(temp.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        assertThrows(GeneralSecurityException.class, () -> TrustedCertificates.sslContext(garbage));
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> PreferenceConfiguration.build(key -> switch (key) {
                    case SessionPreferences.INSTANCE_URL -> "ftp://nowhere/";
                    case SessionPreferences.TRUSTED_CERTIFICATE -> garbage.toString();
                    default -> "";
                }));
        assertEquals("instanceUrl: must use https (http only for a loopback host); "
                + "trustedCertificate: must hold PEM certificates", error.getMessage());
    }

    private static int jvmAuthorities() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return ((X509TrustManager) factory.getTrustManagers()[0]).getAcceptedIssuers().length;
    }

    private static HttpResponse<Void> get(SSLContext trust, URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
