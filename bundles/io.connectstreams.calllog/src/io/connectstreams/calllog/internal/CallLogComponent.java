/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogListener;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.api.wrapup.WrapUp;

/**
 * The {@link CallLog} service: records every contact from the event bus into {@code calllog.jsonl} in the bundle's
 * data area (or {@value CallLogSettings#DIRECTORY_PROPERTY}). Immediate, so it records whether or not anyone uses
 * the service. Deactivation unsubscribes and closes the file; a new instance reads everything back. The name of a
 * contact's party comes from the {@link ContactNames} service when there is one (the host's directory).
 */
@Component(service = CallLog.class, immediate = true)
public final class CallLogComponent implements CallLog {

    @Reference
    private EventBus bus;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContactNames names;

    private CallStore store;
    private CallRecorder recorder;

    @Activate
    void activate(BundleContext context) throws IOException {
        File dataArea = context.getDataFile("calllog");
        CallLogSettings settings = CallLogSettings.fromProperties(context::getProperty,
                dataArea == null ? null : dataArea.toPath(), logger);
        Clock clock = Clock.systemUTC();
        store = new CallStore(settings, logger, clock,
                failure -> bus.trigger(StreamsEvents.HANDLER_FAILURE, failure));
        recorder = new CallRecorder(store, logger, clock, this::partyName);
        recorder.subscribe(bus);
    }

    @Deactivate
    void deactivate() {
        recorder.close();
        store.close();
    }

    // the first ask starts the host's lookup; its answer is recorded when it comes, even after the contact's last event
    private Optional<String> partyName(ContactSnapshot contact) {
        ContactNames directory = names;
        if (directory == null) {
            return Optional.empty();
        }
        String contactId = contact.contactId();
        CompletionStage<Optional<String>> lookup = directory.displayName(contact);
        Optional<String> known = directory.cachedName(contactId);
        if (known.isEmpty()) {
            CallRecorder current = recorder;
            lookup.thenAccept(name -> name.ifPresent(n -> current.nameParty(contactId, n)));
        }
        return known;
    }

    @Override
    public List<CallLogEntry> query(CallLogQuery query) {
        return store.query(query);
    }

    @Override
    public Optional<CallLogEntry> find(String contactId) {
        return store.find(contactId);
    }

    @Override
    public void exportCsv(CallLogQuery query, Writer out) throws IOException {
        store.exportCsv(query, out);
    }

    @Override
    public Subscription onChange(Consumer<CallLogEntry> listener) {
        return store.onChange(listener);
    }

    @Override
    public boolean saveWrapUp(String contactId, WrapUp wrapUp) {
        Objects.requireNonNull(contactId, "contactId");
        return recorder.saveWrapUp(contactId, wrapUp);
    }

    @Override
    public Subscription addListener(CallLogListener listener) {
        return store.addListener(listener);
    }
}
