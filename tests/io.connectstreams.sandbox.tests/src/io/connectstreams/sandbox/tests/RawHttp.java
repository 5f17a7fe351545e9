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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.connectstreams.sandbox.Sandbox;

/**
 * Sends a request exactly as written (any {@code Host} header, broken request lines, bodies without a content type)
 * over one connection to the sandbox, TLS trusting exactly its certificate, and reads the answer until the server
 * closes the connection ({@code Connection: close} is the caller's to send).
 */
final class RawHttp {

    /** No answer within the read timeout. */
    static final class HangException extends IOException {

        private static final long serialVersionUID = 1L;

        HangException() {
            super("no answer in time");
        }
    }

    /**
     * An answer.
     *
     * @param status the status code, 0 when the server closed without one
     * @param head the status line and headers
     * @param body the body (chunked bodies left as sent)
     */
    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    static Answer send(Sandbox sandbox, String request, Duration timeout) throws IOException {
        return send(sandbox, request.getBytes(StandardCharsets.ISO_8859_1), timeout);
    }

    static Answer send(Sandbox sandbox, byte[] request, Duration timeout) throws IOException {
        try (Socket socket = sandbox.isHttps()
                ? sandbox.clientSslContext().getSocketFactory().createSocket("127.0.0.1", sandbox.port())
                : new Socket("127.0.0.1", sandbox.port())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                    if (received.size() > 4 << 20) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                if (received.size() == 0) {
                    throw new HangException();
                }
            } catch (IOException e) {
                // a reset after the answer: keep what arrived
            }
            return parse(received.toString(StandardCharsets.UTF_8));
        }
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = 0;
        if (head.toUpperCase(Locale.ROOT).startsWith("HTTP/1.") && head.length() >= 12) {
            try {
                status = Integer.parseInt(head.substring(9, 12));
            } catch (NumberFormatException e) {
                status = 0;
            }
        }
        return new Answer(status, head, body);
    }
}
