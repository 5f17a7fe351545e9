/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The certificate an HTTPS server presents, read with the session's own TLS trust: the handshake verifies the chain
 * and the host name as the API calls do, so only a certificate the agent's configuration already trusts comes back.
 */
final class ServerCertificate {

    /** Connecting and the handshake together. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ServerCertificate() {
    }

    /**
     * @param url an https URL
     * @param trust the configuration's TLS trust
     * @return the server's own (leaf) certificate
     * @throws IOException when the server cannot be reached or is not trusted (chain or host name)
     */
    static X509Certificate of(URI url, SSLContext trust) throws IOException {
        int port = url.getPort() < 0 ? 443 : url.getPort();
        int millis = (int) TIMEOUT.toMillis();
        try (SSLSocket socket = (SSLSocket) trust.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), millis);
            socket.setSoTimeout(millis);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); //$NON-NLS-1$
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
                throw new IOException("no X.509 certificate from " + url.getHost()); //$NON-NLS-1$
            }
            return leaf;
        }
    }
}
