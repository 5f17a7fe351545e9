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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The session bundle's {@link ContactNames} service over a host's {@link PartyNames}: the host is asked once per
 * contact and the answer kept; a host that fails, throws or never answers means "no name", at the latest after the
 * timeout; without a host nothing is kept, so a host registered later is asked.
 */
class ContactNamesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ADA = "+14255550100";

    private final BundleContext context = FrameworkUtil.getBundle(ContactNamesTest.class).getBundleContext();
    private final ContactNames names = Bundles.service(ContactNames.class, WAIT);
    private ServiceRegistration<PartyNames> registration;

    @AfterEach
    void unregister() {
        if (registration != null) {
            registration.unregister();
        }
    }

    @Test
    void theHostIsAskedOnceAndItsAnswerKept() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        host(contact -> {
            asked.incrementAndGet();
            return CompletableFuture.completedFuture(
                    PartyNames.phoneNumber(contact).filter(ADA::equals).map(number -> "Ada Lovelace"));
        });
        ContactSnapshot call = AgentSnapshots.voice("names-kept", ContactStateType.CONNECTING);
        assertEquals(Optional.of("Ada Lovelace"), answer(names.displayName(call)));
        assertEquals(Optional.of("Ada Lovelace"), answer(names.displayName(call)));
        assertEquals(Optional.of("Ada Lovelace"), names.cachedName("names-kept"));
        assertEquals(1, asked.get(), "one lookup per contact");
        assertEquals(Optional.empty(), names.cachedName("names-never-asked"));
    }

    @Test
    void aFailingOrThrowingHostMeansNoName() throws Exception {
        host(contact -> contact.contactId().endsWith("throws") ? thrown()
                : CompletableFuture.failedFuture(new IllegalStateException("directory offline")));
        assertEquals(Optional.empty(),
                answer(names.displayName(AgentSnapshots.voice("names-fails", ContactStateType.CONNECTING))));
        assertEquals(Optional.empty(),
                answer(names.displayName(AgentSnapshots.voice("names-throws", ContactStateType.CONNECTING))));
    }

    @Test
    void aSilentHostMeansNoNameAfterTheTimeout() throws Exception {
        host(contact -> new CompletableFuture<>()); // never answers
        CompletableFuture<Optional<String>> answer = names
                .displayName(AgentSnapshots.voice("names-silent", ContactStateType.CONNECTING)).toCompletableFuture();
        assertEquals(Optional.empty(), answer.get(ContactNames.TIMEOUT.plus(WAIT).toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void withoutAHostNothingIsKeptAndALaterHostIsAsked() throws Exception {
        ContactSnapshot call = AgentSnapshots.voice("names-later", ContactStateType.CONNECTING);
        assertEquals(Optional.empty(), answer(names.displayName(call)));
        host(contact -> CompletableFuture.completedFuture(Optional.of("Ada Lovelace")));
        Await.until(WAIT, () -> answerQuietly(names.displayName(call)).isPresent(), "the later host asked");
        assertTrue(names.cachedName("names-later").isPresent());
    }

    private void host(PartyNames directory) {
        registration = context.registerService(PartyNames.class, directory,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
    }

    private static CompletionStage<Optional<String>> thrown() {
        throw new IllegalStateException("bug in the host");
    }

    private static Optional<String> answer(CompletionStage<Optional<String>> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Optional<String> answerQuietly(CompletionStage<Optional<String>> stage) {
        try {
            return answer(stage);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
