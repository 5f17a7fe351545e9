/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import io.connectstreams.api.config.StreamsConfiguration;

/**
 * The HTTP client that the sessions of one Streams service share. Java 17's {@code HttpClient} cannot be closed:
 * each client keeps its {@code HttpClient-<n>-SelectorManager} thread until it is garbage-collected, so a client per
 * session would leave a thread behind at every init/terminate cycle until the next collection. This one is built
 * again only when the TLS context or the connect timeout changes. Its executor ({@code cs-worker-http-<n>-<m>}, two
 * threads that end after 30 s idle) runs the client's callbacks; its queue holds only the steps of calls in
 * flight, and every call has a deadline. {@link #close()} (when the service goes) stops the executor and drops the
 * client.
 */
public final class SharedHttpClient implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ThreadPoolExecutor executor;
    private HttpClient client;
    private SSLContext sslContext;
    private Duration connectTimeout;
    private boolean closed;

    /**
     * Starts no thread until the first call.
     */
    public SharedHttpClient() {
        executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("cs-worker-http-" + INSTANCES.incrementAndGet()));
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * @param configuration the session's configuration (its TLS context and connect timeout apply)
     * @return the client for it: the one already built when they are the same
     */
    public synchronized HttpClient client(StreamsConfiguration configuration) {
        if (closed) {
            throw new IllegalStateException("the HTTP client is closed");
        }
        Duration connect = configuration.timeouts().connect();
        if (client == null || configuration.sslContext() != sslContext || !connect.equals(connectTimeout)) {
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connect).executor(executor).followRedirects(HttpClient.Redirect.NEVER);
            if (configuration.sslContext() != null) {
                builder.sslContext(configuration.sslContext());
            }
            client = builder.build();
            sslContext = configuration.sslContext();
            connectTimeout = connect;
        }
        return client;
    }

    @Override
    public synchronized void close() {
        closed = true;
        client = null;
        executor.shutdownNow();
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
