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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;

/**
 * {@link io.connectstreams.ui.AgentCommands#HANG_UP}: destroys the agent's connection of the active voice contact (the agent leaves the
 * call; the contact goes to after-call work).
 */
public final class HangUpHandler extends AgentHandler {

    /** Labels the job. */
    public HangUpHandler() {
        super(Messages.Contacts_hangUp);
    }

    @Override
    Optional<ContactSnapshot> target(AgentSnapshot agent) {
        return ContactStates.hangUpCandidate(agent);
    }

    @Override
    CompletionStage<?> run(Agent agent, Contact contact) {
        return contact.getAgentConnection().map(Connection::destroy)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
