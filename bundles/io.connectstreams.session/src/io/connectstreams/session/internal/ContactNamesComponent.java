/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.api.names.PartyNames;

/**
 * The {@link ContactNames} service: asks the highest-ranked {@link PartyNames} of the host once per contact, gives
 * up after {@link ContactNames#TIMEOUT}, and keeps the answers of the latest {@link ContactNames#CAPACITY} contacts.
 * Nothing is kept while no host is registered, so a host that comes later is asked.
 */
@Component(service = ContactNames.class)
public final class ContactNamesComponent implements ContactNames {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartyNames host;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    /** Answers by contact id, least recently used first; guarded by itself. */
    private final Map<String, CompletableFuture<Optional<String>>> answers = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Optional<String>>> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public CompletionStage<Optional<String>> displayName(ContactSnapshot contact) {
        PartyNames directory = host;
        if (directory == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<String>> answer;
        synchronized (answers) {
            answer = answers.get(contact.contactId());
            if (answer == null) {
                answer = new CompletableFuture<>();
                answers.put(contact.contactId(), answer);
            } else {
                return answer.minimalCompletionStage();
            }
        }
        ask(directory, contact, answer);
        return answer.minimalCompletionStage();
    }

    @Override
    public Optional<String> cachedName(String contactId) {
        CompletableFuture<Optional<String>> answer;
        synchronized (answers) {
            answer = answers.get(contactId);
        }
        return answer != null && answer.isDone() ? answer.getNow(Optional.empty()) : Optional.empty();
    }

    // the answer never fails: a failing, throwing or silent host means "no name"
    private void ask(PartyNames directory, ContactSnapshot contact, CompletableFuture<Optional<String>> answer) {
        answer.completeOnTimeout(Optional.empty(), TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            directory.displayName(contact).whenComplete((name, failure) -> {
                if (failure != null) {
                    logger.warn("the host could not name the party of contact {}: {}", contact.contactId(), //$NON-NLS-1$
                            failure.toString());
                }
                answer.complete(name == null ? Optional.empty() : name.filter(n -> !n.isBlank()));
            });
        } catch (RuntimeException e) {
            logger.warn("the host could not name the party of contact {}: {}", contact.contactId(), e.toString()); //$NON-NLS-1$
            answer.complete(Optional.empty());
        }
    }
}
