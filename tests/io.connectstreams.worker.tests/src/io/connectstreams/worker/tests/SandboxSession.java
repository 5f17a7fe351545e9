/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.config.Timeouts;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.LogEcho;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.worker.internal.Session;
import io.connectstreams.worker.internal.SharedHttpClient;
import io.connectstreams.worker.internal.Tuning;

/**
 * A worker session signed in to a real sandbox over HTTPS (trusting exactly the sandbox's certificate).
 */
final class SandboxSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final Sandbox sandbox;
    final EventBus bus;
    final BusRecorder events;
    final Session session;
    final Credentials credentials;
    final SharedHttpClient http = new SharedHttpClient();

    SandboxSession(Sandbox.Builder builder, String username, Tuning tuning) throws Exception {
        LogEcho.install();
        sandbox = builder.start();
        bus = Bundles.service(EventBus.class, WAIT);
        events = new BusRecorder(bus);
        SandboxLogin login = sandbox.login(username, username + "-sandbox");
        credentials = Credentials.sessionCookie(login.cookieName(), login.cookieValue());
        StreamsConfiguration configuration = configuration(sandbox);
        LoggerFactory loggers = Bundles.service(LoggerFactory.class, WAIT);
        session = new Session(configuration, credentials, http, bus, loggers.getLogger(SandboxSession.class),
                tuning, Clock.systemUTC());
    }

    static StreamsConfiguration configuration(Sandbox sandbox) {
        return StreamsConfiguration.builder(sandbox.baseUri()).sslContext(sandbox.clientSslContext())
                .timeouts(new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(30),
                        Duration.ofSeconds(5)))
                .build();
    }

    Agent signIn() throws Exception {
        return session.start().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        session.terminate();
        http.close();
        events.close();
        sandbox.close();
    }
}
