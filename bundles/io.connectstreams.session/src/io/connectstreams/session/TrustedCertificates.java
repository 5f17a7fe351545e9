/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS trust of the agent's session: the JVM's trusted certificate authorities plus the certificates of
 * a PEM file (an instance behind a private CA, or the sandbox's self-signed certificate). Certificates and host
 * names are verified as usual; nothing is ever accepted unverified.
 */
public final class TrustedCertificates {

    /** Refuses a file that cannot be a certificate bundle. */
    private static final long MAX_PEM_BYTES = 1024 * 1024;

    /**
     * The context built last. Signing in again with the same file gets the same context, and so the worker's one
     * HTTP client (it keeps its client while the context is the same object) instead of a new client whose
     * threads would linger until garbage collection.
     */
    private static Loaded latest;

    private TrustedCertificates() {
    }

    /**
     * @param pemFile one or more PEM (or DER) X.509 certificates
     * @return a TLS context trusting the JVM's authorities and these certificates: the same object as the last call's
     *         while the file is unchanged (path, modification time and size)
     * @throws IOException when the file cannot be read or is too large
     * @throws GeneralSecurityException when it holds no certificate or the trust cannot be built
     */
    public static SSLContext sslContext(Path pemFile) throws IOException, GeneralSecurityException {
        Path file = pemFile.toAbsolutePath().normalize();
        FileStamp stamp = new FileStamp(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        synchronized (TrustedCertificates.class) {
            if (latest != null && latest.stamp.equals(stamp)) {
                return latest.context;
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore(file));
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(null, factory.getTrustManagers(), null);
        synchronized (TrustedCertificates.class) {
            latest = new Loaded(stamp, context);
        }
        return context;
    }

    /**
     * @param pemFile one or more PEM (or DER) X.509 certificates
     * @return a key store holding the JVM's trusted authorities and these certificates
     * @throws IOException when the file cannot be read or is too large
     * @throws GeneralSecurityException when it holds no certificate
     */
    public static KeyStore trustStore(Path pemFile) throws IOException, GeneralSecurityException {
        List<X509Certificate> extra = read(pemFile);
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        int index = 0;
        for (X509Certificate authority : jvmTrustManager().getAcceptedIssuers()) {
            trust.setCertificateEntry("jvm-" + index++, authority); //$NON-NLS-1$
        }
        index = 0;
        for (X509Certificate certificate : extra) {
            trust.setCertificateEntry("trusted-" + index++, certificate); //$NON-NLS-1$
        }
        return trust;
    }

    /**
     * @param pemFile a certificate file
     * @return its certificates, at least one
     * @throws IOException when it cannot be read or is too large
     * @throws GeneralSecurityException when it holds no X.509 certificate
     */
    public static List<X509Certificate> read(Path pemFile) throws IOException, GeneralSecurityException {
        if (Files.size(pemFile) > MAX_PEM_BYTES) {
            throw new IOException("larger than 1 MiB"); //$NON-NLS-1$
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pemFile)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in); //$NON-NLS-1$
        }
        List<X509Certificate> result = new ArrayList<>();
        for (Certificate certificate : certificates) {
            if (certificate instanceof X509Certificate x509) {
                result.add(x509);
            }
        }
        if (result.isEmpty()) {
            throw new GeneralSecurityException("no certificate in the file"); //$NON-NLS-1$
        }
        return result;
    }

    private static X509TrustManager jvmTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JVM has no X.509 trust manager"); //$NON-NLS-1$
    }

    /** A file as it was when read: a changed file (new content, new time or size) builds a new context. */
    private record FileStamp(Path file, long modifiedMillis, long size) {
    }

    private record Loaded(FileStamp stamp, SSLContext context) {
    }
}
