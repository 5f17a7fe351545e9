/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.List;
import java.util.Map;

import io.connectstreams.api.model.EndpointType;

/**
 * Which endpoint a CTI request names: a quick connect the agent may use, a dialable E.164 number, a known queue or
 * a known agent; anything else is a typed bad-endpoint error. Called with the engine's lock held.
 */
final class EndpointResolver {

    private final Directory directory;
    private final Map<String, Agent> agents;

    /**
     * @param directory the quick connects and queues
     * @param agents the engine's agents (a live view)
     */
    EndpointResolver(Directory directory, Map<String, Agent> agents) {
        this.directory = directory;
        this.agents = agents;
    }

    /**
     * @param agent the agent asking (its queues decide which quick connects it may use)
     * @param requested the endpoint as the request names it
     * @return the endpoint, complete
     */
    EndpointView resolve(Agent agent, EndpointView requested) {
        List<String> queueArns = agent.profile.queues().stream().map(QueueRef::arn).toList();
        if (requested.arn() != null) {
            return directory.quickConnect(requested.arn(), queueArns).map(EndpointView::of)
                    .orElseThrow(() -> CtiException.badEndpoint("Unknown endpoint " + requested.arn()));
        }
        switch (requested.type()) {
            case PHONE_NUMBER -> {
                String number = requested.phoneNumber();
                if (number == null || !number.matches("\\+[1-9][0-9]{6,14}")) {
                    throw CtiException.badEndpoint("The phone number is not in E.164 format");
                }
                if (!DialingCodes.isDialable(number)) {
                    throw CtiException.badEndpoint("The agent cannot dial this country");
                }
                return new EndpointView(EndpointType.PHONE_NUMBER, null, requested.name(), number, null, null);
            }
            case QUEUE -> {
                String arn = requested.queue() == null ? null : requested.queue().arn();
                QueueRef queue = arn == null ? null : directory.queueByArn(arn).orElse(null);
                if (queue == null) {
                    throw CtiException.badEndpoint("Unknown queue endpoint");
                }
                return new EndpointView(EndpointType.QUEUE, null, queue.name(), null, null, queue);
            }
            case AGENT -> {
                if (requested.agentLogin() == null || !agents.containsKey(requested.agentLogin())) {
                    throw CtiException.badEndpoint("Unknown agent endpoint");
                }
                return new EndpointView(EndpointType.AGENT, null, agents.get(requested.agentLogin()).profile.name(),
                        null, requested.agentLogin(), null);
            }
            default -> throw CtiException.badEndpoint("Unsupported endpoint type");
        }
    }
}
