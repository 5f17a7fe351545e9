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

/**
 * The configuration of an agent as the CTI service reports it, with the ARNs resolved.
 *
 * @param username login name
 * @param name display name
 * @param agentArn the agent ARN
 * @param softphoneEnabled softphone or desk phone
 * @param autoAccept auto-accept offered voice contacts
 * @param extension desk phone number or {@code ""}
 * @param routingProfileName routing profile name
 * @param routingProfileArn routing profile ARN
 * @param queues the routing profile's queues; the first is the default outbound queue
 * @param channelConcurrency the routing profile's channel concurrency
 * @param preferences agent preferences
 * @param permissions permissions
 * @param states the states the agent may set (routable, not_routable and offline)
 */
public record AgentProfile(String username, String name, String agentArn, boolean softphoneEnabled,
        boolean autoAccept, String extension, String routingProfileName, String routingProfileArn,
        List<QueueRef> queues, Map<String, Long> channelConcurrency, Map<String, String> preferences,
        List<String> permissions, List<StateDef> states) {

    /** Copies. */
    public AgentProfile {
        queues = List.copyOf(queues);
        channelConcurrency = Map.copyOf(channelConcurrency);
        preferences = Map.copyOf(preferences);
        permissions = List.copyOf(permissions);
        states = List.copyOf(states);
    }

    /**
     * @param queueArn a queue
     * @return whether the routing profile serves it
     */
    public boolean serves(String queueArn) {
        return queues.stream().anyMatch(queue -> queue.arn().equals(queueArn));
    }

    /**
     * @return the default outbound queue
     */
    public QueueRef defaultOutboundQueue() {
        return queues.get(0);
    }

    /**
     * The configuration after {@code UpdateAgentConfiguration}: what an agent may change about itself.
     *
     * @param softphone softphone enabled
     * @param accept auto-accept
     * @param newExtension the desk phone number
     * @param newPreferences agent preferences
     * @return the updated profile
     */
    public AgentProfile updated(boolean softphone, boolean accept, String newExtension,
            Map<String, String> newPreferences) {
        return new AgentProfile(username, name, agentArn, softphone, accept, newExtension, routingProfileName,
                routingProfileArn, queues, channelConcurrency, newPreferences, permissions, states);
    }
}
