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

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.osgi.service.log.Logger;

import io.connectstreams.api.Agent;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.ui.AgentCommands;
import io.connectstreams.ui.internal.Dialing;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.session.Jobs;

/**
 * {@link AgentCommands#DIAL}: calls the number of parameter {@link AgentCommands#DIAL_NUMBER} in the outbound queue
 * of {@link AgentCommands#DIAL_QUEUE_ARN} (default: the routing profile's), through {@code Agent.connect}; enabled
 * while an agent is signed in. The number is checked first ({@link Dialing}): a refused number is never dialled, the
 * command fails with a {@link NumberRefusedException} (the cause of its {@link ExecutionException}), which is logged
 * and published as {@code streams::dial_refused} so the agent view says why. The call itself is placed as a job; its
 * failure is logged (the back end's refusal reaches the agent as no call).
 */
public final class DialHandler extends AbstractHandler {

    private final HandlerServices services = new HandlerServices();

    @Override
    public boolean isEnabled() {
        return agent().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String number = event.getParameter(AgentCommands.DIAL_NUMBER);
        String queueArn = event.getParameter(AgentCommands.DIAL_QUEUE_ARN);
        Optional<Agent> signedIn = agent();
        if (signedIn.isEmpty()) {
            throw new ExecutionException("No agent is signed in"); //$NON-NLS-1$
        }
        Agent agent = signedIn.get();
        PhoneNumberResult checked;
        try {
            checked = Dialing.check(number, agent.getConfiguration());
        } catch (StreamsException e) {
            throw new ExecutionException("The agent signed out", e); //$NON-NLS-1$
        }
        if (!checked.isAccepted()) {
            NumberRefusedException refusal = new NumberRefusedException(number, checked);
            logger().ifPresent(log -> log.warn("Dial refused {}: {}", number, refusal.toString())); //$NON-NLS-1$
            services.streams().ifPresent(service -> service.eventBus().trigger(StreamsEvents.DIAL_REFUSED, refusal));
            throw new ExecutionException(refusal.getMessage(), refusal);
        }
        Jobs.run(Messages.Dial_job, monitor -> Dialing.dial(agent, checked.e164(), queueArn).toCompletableFuture()
                .join()).whenComplete((done, failure) -> {
                    if (failure != null) {
                        logger().ifPresent(log -> log.warn("Dial failed: {}", failure.toString())); //$NON-NLS-1$
                    }
                });
        return null;
    }

    @Override
    public void dispose() {
        services.close();
        super.dispose();
    }

    private Optional<Logger> logger() {
        return services.logger(DialHandler.class);
    }

    private Optional<Agent> agent() {
        return services.agent();
    }
}
