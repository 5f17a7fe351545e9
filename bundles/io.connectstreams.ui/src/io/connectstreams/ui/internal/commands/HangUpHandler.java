package io.connectstreams.ui.internal.commands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Connection;
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
    boolean appliesTo(Agent agent) {
        return ContactStates.hangUpCandidate(agent).isPresent();
    }

    @Override
    CompletionStage<?> run(Agent agent) {
        return ContactStates.hangUpCandidate(agent).flatMap(contact -> contact.getAgentConnection())
                .map(Connection::destroy).orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
