/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's configuration as Streams publishes it: {@code GetAgentConfiguration} plus what the worker adds
 * ({@code permissions}, {@code agentStates}, {@code dialableCountries}, {@code routingProfile.queues}).
 *
 * @param name the agent's display name
 * @param username the login name
 * @param softphoneEnabled whether calls are taken with the softphone (not a desk phone)
 * @param softphoneAutoAccept whether softphone calls are accepted without the agent's click
 * @param extension the desk-phone number when the softphone is off, may be {@code null}
 * @param routingProfile the routing profile
 * @param agentPreferences free-form preferences, for example {@code LANGUAGE}
 * @param agentArn the agent's ARN
 * @param permissions permission names, see {@link AgentPermission}
 * @param agentStates the states the agent may choose
 * @param dialableCountries ISO country codes the agent may dial
 */
public record AgentConfiguration(String name, String username, boolean softphoneEnabled, boolean softphoneAutoAccept,
        String extension, RoutingProfile routingProfile, Map<String, String> agentPreferences, String agentArn,
        List<String> permissions, List<AgentState> agentStates, List<String> dialableCountries) {

    /** Copies the collections; nulls become empty. */
    public AgentConfiguration {
        agentPreferences = agentPreferences == null ? Map.of() : Map.copyOf(agentPreferences);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        agentStates = agentStates == null ? List.of() : List.copyOf(agentStates);
        dialableCountries = dialableCountries == null ? List.of() : List.copyOf(dialableCountries);
    }

    /**
     * @param permission a permission
     * @return whether the agent has it
     */
    public boolean hasPermission(AgentPermission permission) {
        return permissions.contains(permission.wireValue());
    }

    /**
     * @param stateName a state name such as {@code "Available"}
     * @return the configured state of that name
     */
    public Optional<AgentState> agentState(String stateName) {
        return agentStates.stream().filter(s -> s.name().equals(stateName)).findFirst();
    }

    /**
     * @return the locale preference ({@code locale}, else {@code LANGUAGE}), as Streams' {@code setConfiguration} reads it
     */
    public Optional<String> locale() {
        String locale = agentPreferences.get("locale");
        return Optional.ofNullable(locale != null ? locale : agentPreferences.get("LANGUAGE"));
    }

    /**
     * @return the ARNs of every queue of the routing profile; Streams' {@code agent.getAllQueueARNs()}
     */
    public List<String> allQueueArns() {
        return routingProfile == null ? List.of() : routingProfile.queues().stream().map(Queue::queueArn).toList();
    }
}
