/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Bundles;

/**
 * The demo CRM names its callers for the whole product: the session bundle's {@link ContactNames} service answers
 * from the demo's customer directory, so the agent view and the call log say "Ada Lovelace" for her number, and
 * nothing for a number the directory does not know.
 */
class DirectoryPartyNamesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ContactNames names = Bundles.service(ContactNames.class, WAIT);

    @Test
    void aKnownCustomerIsNamedFromTheDirectory() throws Exception {
        ContactSnapshot ada = AgentSnapshots.voice("demo-names-ada", ContactStateType.CONNECTING); // +14255550100
        assertEquals(Optional.of("Ada Lovelace"), answer(ada));
        assertEquals(Optional.of("Ada Lovelace"), names.cachedName("demo-names-ada"));
    }

    @Test
    void anUnknownNumberHasNoName() throws Exception {
        ContactSnapshot known = AgentSnapshots.voice("demo-names-unknown", ContactStateType.CONNECTING);
        ContactSnapshot unknown = new ContactSnapshot(known.contactId(), known.initialContactId(), null, known.type(),
                known.state(), known.queue(), known.queueTimestamp(), Map.of(), null, null,
                known.initiationMethod(), Endpoint.byPhoneNumber("+15555550000", null), known.connections().subList(0, 1));
        assertEquals(Optional.empty(), answer(unknown));
    }

    private Optional<String> answer(ContactSnapshot contact) throws Exception {
        return names.displayName(contact).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
