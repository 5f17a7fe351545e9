/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.osgi.service.component.annotations.Component;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.names.PartyNames;

/**
 * The demo CRM's {@link PartyNames}: a caller found in the customer directory by number is named by the customer's
 * name, so the agent view's contact list and notifications and the call log say "Ada Lovelace", not only the
 * customer record view. The directory is in memory: the answer is immediate.
 */
@Component(service = PartyNames.class)
public final class DirectoryPartyNames implements PartyNames {

    private final CustomerDirectory directory = CustomerDirectory.builtIn();

    @Override
    public CompletionStage<Optional<String>> displayName(ContactSnapshot contact) {
        return CompletableFuture.completedFuture(
                PartyNames.phoneNumber(contact).flatMap(directory::findByPhone).map(Customer::name));
    }
}
