/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.commands;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Streams;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.session.Jobs;

/**
 * A handler of one of the view's commands: enabled only while its action applies to the signed-in agent (decided
 * afresh each time the workbench asks, so a key binding never fires a stale action), and running the action as a
 * job, off the UI thread.
 */
abstract class AgentHandler extends AbstractHandler {

    private final String label;
    private final ServiceTracker<Streams, Streams> streams;
    private final ServiceTracker<LoggerFactory, LoggerFactory> loggers;

    /**
     * @param label the action's name, shown in the Progress view
     */
    AgentHandler(String label) {
        this.label = label;
        BundleContext context = FrameworkUtil.getBundle(AgentHandler.class).getBundleContext();
        streams = new ServiceTracker<>(context, Streams.class, null);
        streams.open();
        loggers = new ServiceTracker<>(context, LoggerFactory.class, null);
        loggers.open();
    }

    @Override
    public final boolean isEnabled() {
        try {
            return agent().flatMap(agent -> target(agent.toSnapshot())).isPresent();
        } catch (StreamsException e) {
            return false; // signed out while deciding
        }
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        Optional<Agent> agent = agent();
        Optional<Contact> contact = agent.flatMap(this::targetHandle);
        if (contact.isEmpty()) {
            return null;
        }
        Jobs.run(label, monitor -> run(agent.get(), contact.get()).toCompletableFuture().join())
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LoggerFactory factory = loggers.getService();
                        if (factory != null) {
                            Logger logger = factory.getLogger(getClass());
                            logger.warn("{} failed: {}", getClass().getSimpleName(), failure.toString()); //$NON-NLS-1$
                        }
                    }
                });
        return null;
    }

    @Override
    public void dispose() {
        streams.close();
        loggers.close();
        super.dispose();
    }

    /**
     * @param agent the signed-in agent's latest snapshot
     * @return the contact the command acts on now, empty when it cannot act
     */
    abstract Optional<ContactSnapshot> target(AgentSnapshot agent);

    /**
     * @param agent the signed-in agent
     * @param contact the live handle of the {@link #target} contact
     * @return the action's stage; the job waits for it (actions time out)
     */
    abstract CompletionStage<?> run(Agent agent, Contact contact);

    // decided from one snapshot; the action goes to that contact's live handle
    private Optional<Contact> targetHandle(Agent agent) {
        try {
            return target(agent.toSnapshot()).flatMap(contact -> ContactStates.handle(agent, contact));
        } catch (StreamsException e) {
            return Optional.empty(); // signed out meanwhile
        }
    }

    private Optional<Agent> agent() {
        Streams service = streams.getService();
        return service == null ? Optional.empty() : service.currentAgent();
    }
}
