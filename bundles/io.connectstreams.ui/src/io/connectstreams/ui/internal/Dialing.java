/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.ConnectOptions;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;

/**
 * Click-to-dial, the one path of the dial command and the panel's dial field: the number is checked with the
 * agent's own rules ({@link PhoneNumbers#toDialable}) before {@code Agent.connect} is asked to call it, so a
 * refusal never reaches the back end.
 */
public final class Dialing {

    /** Connect's ARN of an agent's own queue; it cannot place outbound calls. */
    private static final String AGENT_QUEUE = "/queue/agent/"; //$NON-NLS-1$

    private Dialing() {
    }

    /**
     * @param number a number as typed or stored, may be {@code null}
     * @param configuration the agent's configuration
     * @return the number in E.164 form, or why the agent may not call it
     */
    public static PhoneNumberResult check(String number, AgentConfiguration configuration) {
        return PhoneNumbers.toDialable(number, configuration);
    }

    /**
     * The queues an agent may place an outbound call in (its caller ID): the routing profile's default outbound
     * queue first, then the profile's other standard queues.
     *
     * @param configuration the agent's configuration
     * @return the queues, none without a routing profile
     */
    public static List<Queue> outboundQueues(AgentConfiguration configuration) {
        RoutingProfile profile = configuration.routingProfile();
        List<Queue> queues = new ArrayList<>();
        if (profile == null) {
            return queues;
        }
        if (profile.defaultOutboundQueue() != null) {
            queues.add(profile.defaultOutboundQueue());
        }
        for (Queue queue : profile.queues()) {
            if (!queue.queueArn().contains(AGENT_QUEUE)
                    && queues.stream().noneMatch(known -> known.queueArn().equals(queue.queueArn()))) {
                queues.add(queue);
            }
        }
        return queues;
    }

    /**
     * Checks the number, then calls it through {@code agent.connect}.
     *
     * @param agent the signed-in agent
     * @param number the number as typed or stored
     * @param queueArn the outbound queue, {@code null} or blank for the routing profile's default
     * @return completes when the back end accepted the call; fails with {@link NumberRefusedException} (nothing
     *         dialled) or the back end's error
     */
    public static CompletionStage<Void> dial(Agent agent, String number, String queueArn) {
        PhoneNumberResult checked = check(number, agent.getConfiguration());
        if (!checked.isAccepted()) {
            return CompletableFuture.failedFuture(new NumberRefusedException(number, checked));
        }
        String queue = queueArn == null || queueArn.isBlank() ? null : queueArn.strip();
        return agent.connect(Endpoint.byPhoneNumber(checked.e164()), new ConnectOptions(queue, null));
    }

    /**
     * @param problem why a number was refused
     * @return the reason in the agent's words
     */
    public static String reason(PhoneNumberProblem problem) {
        return switch (problem) {
        case EMPTY -> Messages.Dial_problemEmpty;
        case NOT_A_NUMBER -> Messages.Dial_problemNotANumber;
        case NO_COUNTRY -> Messages.Dial_problemNoCountry;
        case INVALID_COUNTRY_CODE -> Messages.Dial_problemCountryCode;
        case TOO_SHORT -> Messages.Dial_problemTooShort;
        case TOO_LONG -> Messages.Dial_problemTooLong;
        case INVALID_NUMBER -> Messages.Dial_problemInvalid;
        case EXTENSION -> Messages.Dial_problemExtension;
        case COUNTRY_NOT_DIALABLE -> Messages.Dial_problemCountry;
        };
    }
}
