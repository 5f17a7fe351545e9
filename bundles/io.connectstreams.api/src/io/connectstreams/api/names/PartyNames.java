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

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.Endpoint;

/**
 * The host application's directory of the parties agents talk to: a CRM registers one as an OSGi service to name a
 * contact's customer from its own records ("Ada Lovelace" instead of "+14255550100"). The agent view's contact
 * list, its notifications and the call log show that name; they ask through {@link ContactNames}, which bounds each
 * question by a timeout and keeps the answers, so an implementation may be slow or remote. With several services the
 * highest-ranked one answers.
 * <p>
 * Called on any thread, never the UI thread; return at once and complete the stage later when the lookup takes
 * time. A stage that fails, or an exception thrown, counts as "no name".
 */
@FunctionalInterface
public interface PartyNames {

    /**
     * @param contact the contact whose party (the customer, or the other party of an outbound call) to name
     * @return completes with the name to show, empty when the host does not know the party
     */
    CompletionStage<Optional<String>> displayName(ContactSnapshot contact);

    /**
     * The number to look the party up by: the customer endpoint's, else the initial connection's, without a
     * {@code sip:} prefix or {@code @host} suffix ({@link Endpoint#stripPhoneNumber()}).
     *
     * @param contact a contact
     * @return the party's phone number, empty when it has none (a chat, a task, a withheld number)
     */
    static Optional<String> phoneNumber(ContactSnapshot contact) {
        Endpoint endpoint = contact.customerEndpoint();
        if (endpoint == null || endpoint.stripPhoneNumber().isEmpty()) {
            endpoint = contact.initialConnection().map(ConnectionSnapshot::endpoint).orElse(null);
        }
        String number = endpoint == null ? "" : endpoint.stripPhoneNumber();
        return number.isBlank() ? Optional.empty() : Optional.of(number);
    }
}
