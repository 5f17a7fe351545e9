package io.connectstreams.ui.internal.commands;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
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
    Optional<ContactSnapshot> target(AgentSnapshot agent) {
        return ContactStates.offered(agent);
    }

    @Override
    CompletionStage<?> run(Agent agent, Contact contact) {
        return contact.accept();
    }
}
