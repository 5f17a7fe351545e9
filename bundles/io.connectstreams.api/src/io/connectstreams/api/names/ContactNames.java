/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.names;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.model.ContactSnapshot;

/**
 * Names a contact's party for the parts that show contacts (the agent view's contact list and notifications, the
 * call log), from the host's {@link PartyNames} service. It asks the host once per contact, waits at most
 * {@link #TIMEOUT} for the answer, and keeps the answers of the latest {@link #CAPACITY} contacts, so asking again
 * costs nothing. Without a {@code PartyNames} service every answer is empty. The session bundle registers it.
 */
public interface ContactNames {

    /** How long a lookup of the host may take; a later answer is dropped and counts as "no name". */
    Duration TIMEOUT = Duration.ofSeconds(2);

    /** How many contacts' answers are kept; the least recently used go first. */
    int CAPACITY = 500;

    /**
     * Never blocks and never fails.
     *
     * @param contact a contact
     * @return completes with its party's name, empty when the host does not know it, fails or is too slow; at the
     *         latest after {@link #TIMEOUT}
     */
    CompletionStage<Optional<String>> displayName(ContactSnapshot contact);

    /**
     * For renders, which must not wait: the answer already received.
     *
     * @param contactId a contact's id
     * @return the party's name if the host has named it already
     */
    Optional<String> cachedName(String contactId);
}
