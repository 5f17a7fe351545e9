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

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
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
    private final HandlerServices services = new HandlerServices();

    /**
     * @param label the action's name, shown in the Progress view
     */
    AgentHandler(String label) {
        this.label = label;
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
                        services.logger(getClass()).ifPresent(logger -> logger.warn("{} failed: {}", //$NON-NLS-1$
                                getClass().getSimpleName(), failure.toString()));
                    }
                });
        return null;
    }

    @Override
    public void dispose() {
        services.close();
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
        return services.agent();
    }
}
