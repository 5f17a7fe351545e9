package io.connectstreams.ui.internal.commands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;

/**
 * {@link io.connectstreams.ui.AgentCommands#ACCEPT}: accepts the offered voice call or callback.
 */
public final class AcceptHandler extends AgentHandler {

    /** Labels the job. */
    public AcceptHandler() {
        super(Messages.Contacts_accept);
    }

    @Override
    boolean appliesTo(Agent agent) {
        return ContactStates.offered(agent).isPresent();
    }

    @Override
    CompletionStage<?> run(Agent agent) {
        return ContactStates.offered(agent).map(Contact::accept)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
