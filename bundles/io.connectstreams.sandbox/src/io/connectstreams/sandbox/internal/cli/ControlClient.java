/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.internal.server.SelfSignedCertificate;

/**
 * A client of a running sandbox's control API (JSON over HTTPS, trusting exactly the sandbox's certificate).
 */
final class ControlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final String key;
    private final HttpClient http;

    private ControlClient(URI base, String key, HttpClient http) {
        this.base = base;
        this.key = key;
        this.http = http;
    }

    static ControlClient of(String url, String key, Path certificatePem) throws IOException {
        return withPem(url, key, certificatePem == null ? null : Files.readString(certificatePem));
    }

    static ControlClient withPem(String url, String key, String certificatePem) throws IOException {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        URI base = URI.create(url);
        if ("https".equals(base.getScheme())) {
            if (certificatePem == null) {
                throw new IllegalArgumentException("an https sandbox needs its certificate (--cert PEM_FILE)");
            }
            builder.sslContext(SelfSignedCertificate.trusting(parse(certificatePem)));
        }
        return new ControlClient(base, key, builder.build());
    }

    JsonElement get(String path) throws IOException, InterruptedException, ControlException {
        return send(request(path).GET().build());
    }

    JsonElement post(String path, JsonObject body) throws IOException, InterruptedException, ControlException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    JsonElement delete(String path) throws IOException, InterruptedException, ControlException {
        return send(request(path).DELETE().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header(Sandbox.CONTROL_KEY_HEADER, key);
    }

    private JsonElement send(HttpRequest request) throws IOException, InterruptedException, ControlException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) { // its message is null: say what it means
            throw new ControlException(unreachable(base));
        } catch (HttpTimeoutException e) {
            throw new ControlException("the sandbox at " + base + " did not answer within " + TIMEOUT.toSeconds()
                    + " s (" + e.getClass().getSimpleName() + ")");
        } catch (SSLHandshakeException e) {
            throw new ControlException("the sandbox at " + base + " does not have the certificate this command "
                    + "trusts (restarted with a new one?): use its current connection file or --cert");
        }
        JsonElement body;
        try {
            body = JsonParser.parseString(response.body());
        } catch (JsonParseException e) {
            throw new ControlException("the sandbox answered " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200) {
            String message = body.isJsonObject() && body.getAsJsonObject().has("message")
                    ? body.getAsJsonObject().get("message").getAsString() : body.toString();
            throw new ControlException("the sandbox answered " + response.statusCode() + ": " + message);
        }
        return body;
    }

    /**
     * @param base where the sandbox was expected
     * @return why nothing answered there, and where the demo's sandbox is
     */
    static String unreachable(URI base) {
        return "no sandbox answers at " + base + " (connection refused): is it running? Start one with 'serve'. "
                + "The demo CRM's sandbox runs in the demo's own network namespace when the demo was started with "
                + "--netns, where this 127.0.0.1 cannot reach it: drive it with 'connectstreams-demo control "
                + "<command>' (from the demo's folder), which enters that namespace";
    }

    private static X509Certificate parse(String pem) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IOException("not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** The control API refused a request. */
    static final class ControlException extends Exception {

        private static final long serialVersionUID = 1L;

        ControlException(String message) {
            super(message);
        }
    }
}
