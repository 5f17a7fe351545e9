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
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.config.Timeouts;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.TestCertificate;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.worker.internal.SharedHttpClient;
import io.connectstreams.worker.internal.Session;
import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;

/**
 * A signed-in worker session against a {@link ScriptedCtiServer} over HTTPS whose snapshot is a fixture: the
 * contacts a test reads and acts on through the public API.
 */
final class CtiTlsSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    final ScriptedCtiServer server;
    final BusRecorder recorder;
    final Agent agent;
    private final SharedHttpClient http = new SharedHttpClient();
    private final Session session;

    CtiTlsSession(String snapshotFixture) throws Exception {
        TestCertificate certificate = new TestCertificate();
        server = new ScriptedCtiServer(certificate);
        ScriptedAgent.install(server);
        server.byDefault("GetAgentSnapshot",
                new Answer(200, CtiBackendTest.fixture(snapshotFixture), ScriptedAgent.POLL_WAIT));
        EventBus bus = Bundles.service(EventBus.class, WAIT);
        recorder = new BusRecorder(bus);
        StreamsConfiguration configuration = StreamsConfiguration.builder(server.instanceUrl())
                .sslContext(certificate.clientContext())
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5),
                        Duration.ofSeconds(3)))
                .build();
        LoggerFactory loggers = Bundles.service(LoggerFactory.class, WAIT);
        session = new Session(configuration, Credentials.sessionCookie("session", "valid"), http, bus,
                loggers.getLogger(CtiTlsSession.class), SessionTest.FAST, Clock.systemUTC());
        try {
            agent = session.start().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception | AssertionError e) {
            close(); // a session that did not start leaves no thread or server behind for the next test
            throw e;
        }
    }

    /** Waits for the contact to be in the agent's data. */
    Contact contact(String contactId) {
        Await.until(WAIT, () -> agent.getContacts().stream().anyMatch(c -> c.getContactId().equals(contactId)),
                () -> "contact " + contactId + " in " + agent.getContacts());
        return agent.getContacts().stream().filter(c -> c.getContactId().equals(contactId)).findFirst()
                .orElseThrow();
    }

    /** The requests of one operation, in order. */
    List<ScriptedCtiServer.Received> received(String operation) {
        return server.received().stream()
                .filter(r -> ("AmazonConnectCTIService." + operation).equals(r.target())).toList();
    }

    @Override
    public void close() throws Exception {
        session.terminate();
        http.close();
        recorder.close();
        server.close();
    }
}
