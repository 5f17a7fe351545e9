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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.event.Subscription;

/**
 * The {@link CustomerHistory} of the demo: listens to the {@link CallLog} as a CRM would and writes each finished
 * call of a customer found by number in the directory into that customer's history; a later change of the same
 * call (the wrap-up, a late statistic) replaces its record. In memory: the demo's customers are too.
 */
@Component(service = CustomerHistory.class, immediate = true)
public final class CustomerHistoryComponent implements CustomerHistory {

    @Reference
    private CallLog callLog;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    private final CustomerDirectory directory = CustomerDirectory.builtIn();
    private final Map<String, List<CallHistoryEntry>> byCustomer = new HashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Subscription subscription;

    @Activate
    void activate() {
        subscription = callLog.addListener(this::changed);
    }

    @Deactivate
    void deactivate() {
        subscription.unsubscribe();
    }

    @Override
    public synchronized List<CallHistoryEntry> calls(String customerId) {
        return List.copyOf(byCustomer.getOrDefault(customerId, List.of()));
    }

    @Override
    public Registration onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed(CallLogChange change) {
        if (change.kind() == CallLogChange.Kind.REMOVED || !change.entry().isFinished()) {
            return; // the CRM keeps its history when the agent's log forgets a call
        }
        directory.findByPhone(change.entry().number()).ifPresent(customer -> {
            record(customer.id(), CallHistoryEntry.of(change.entry()));
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(customer.id());
                } catch (RuntimeException e) {
                    logger.warn("a customer-history listener failed", e); //$NON-NLS-1$
                }
            }
        });
    }

    private synchronized void record(String customerId, CallHistoryEntry call) {
        List<CallHistoryEntry> calls = byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>());
        calls.removeIf(call::sameCall);
        calls.add(call);
        calls.sort(Comparator.comparing(CallHistoryEntry::start).reversed());
    }
}
