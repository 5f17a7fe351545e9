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

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Benchmark;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.ContactCenter;

/**
 * A state change in the sandbox (a call offered to the agent) until the worker delivers {@code contact::init} on
 * the bus: the long poll's wake-up, HTTPS, parsing and event derivation, end to end over loopback. Offers come at
 * random moments of the poll cycle: Streams waits 100 ms after each answer before the next long poll, so a change in
 * that pause waits for it.
 */
@Tag(Benchmark.TAG)
class SandboxLatencyBenchmark {

    private static final int WARMUP = 30;
    private static final int OFFERS = 200;

    @Test
    void offerToContactEvent() throws Exception {
        try (ContactCenter center = ContactCenter.start(Sandbox.builder(),
                Bundles.service(Streams.class, SandboxSession.WAIT), "jane", SandboxSession.WAIT)) {
            Agent agent = center.agent();
            center.agentGoes("Available");
            BlockingQueue<Long> delivered = new ArrayBlockingQueue<>(1);
            BlockingQueue<Contact> offered = new ArrayBlockingQueue<>(1);
            long[] samples = new long[OFFERS];
            Random random = new Random(42);
            try (Subscription init = center.streams().eventBus().subscribe(ContactEvents.INIT, Contact.class, contact -> {
                delivered.add(System.nanoTime());
                offered.add(contact);
            })) {
                for (int i = -WARMUP; i < OFFERS; i++) {
                    // offer at a random moment of the worker's poll cycle (a poll, then 100 ms until the next)
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(300)));
                    long start = System.nanoTime();
                    center.sandbox().control().placeCall("+14255550100");
                    Long at = delivered.poll(10, TimeUnit.SECONDS);
                    if (at == null) {
                        throw new AssertionError("no contact::init within 10 s");
                    }
                    if (i >= 0) {
                        samples[i] = at - start;
                    }
                    Contact contact = offered.take();
                    SandboxScenarioTest.await(contact.reject());
                    Await.until(SandboxSession.WAIT, () -> agent.getContacts().isEmpty()
                            && "Available".equals(agent.getState().name()), "the agent free again");
                }
            }
            Benchmark benchmark = new Benchmark();
            benchmark.latency("worker.sandbox_offer_to_contact_event", samples);
            benchmark.publish();
        }
    }
}
