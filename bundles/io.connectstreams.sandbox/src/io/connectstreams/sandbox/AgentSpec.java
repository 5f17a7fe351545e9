/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of one agent of the sandbox: how the agent signs in and what {@code GetAgentConfiguration},
 * {@code GetAgentPermissions} and {@code GetRoutingProfileQueues} answer for it. Start from
 * {@link #of(String, String, String)} and change fields with the {@code with...} methods. {@link #toString()}
 * hides the password.
 *
 * @param username the login name (unique)
 * @param password the password of the login page
 * @param name the display name ({@code configuration.name})
 * @param softphoneEnabled softphone ({@code true}) or desk phone
 * @param autoAccept whether offered voice contacts are accepted without {@code AcceptContact}
 * @param extension the desk-phone number ({@code ""} for a softphone agent)
 * @param routingProfile the routing profile's name
 * @param queues the queues of the routing profile, by name (the first is the default outbound queue)
 * @param channelConcurrency {@code channelConcurrencyMap} of the routing profile
 * @param preferences {@code agentPreferences} (for example {@code LANGUAGE})
 * @param permissions the agent's permissions ({@code outboundCall}, {@link #MONITOR_PERMISSION}, ...)
 * @param initialState the name of the state the agent has when the sandbox starts ({@code Offline}, {@code Available}, ...)
 */
public record AgentSpec(String username, String password, String name, boolean softphoneEnabled, boolean autoAccept,
        String extension, String routingProfile, List<String> queues, Map<String, Long> channelConcurrency,
        Map<String, String> preferences, List<String> permissions, String initialState) {

    /** The queues every default routing profile serves. */
    public static final List<String> DEFAULT_QUEUES = List.of("BasicQueue", "Support", "Sales");

    /**
     * The permission to monitor other agents' calls silently: the security-profile permission "Real-time contact
     * monitoring" of Amazon Connect, by its API name.
     */
    public static final String MONITOR_PERMISSION = "ManagerListenIn";

    /** The permission to barge into a monitored call ("Real-time contact barge-in"); needs the one to monitor. */
    public static final String BARGE_PERMISSION = "ManagerBargeIn";

    /** Validates and copies. */
    public AgentSpec {
        requireText(username, "username");
        requireText(password, "password");
        requireText(name, "name");
        requireText(routingProfile, "routingProfile");
        requireText(initialState, "initialState");
        Objects.requireNonNull(extension, "extension");
        queues = List.copyOf(queues);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("queues: a routing profile needs at least one queue");
        }
        channelConcurrency = Map.copyOf(channelConcurrency);
        preferences = Map.copyOf(preferences);
        permissions = List.copyOf(permissions);
    }

    /**
     * A softphone agent in the "Basic Routing Profile" (queues {@link #DEFAULT_QUEUES}; one voice contact and one task
     * at a time, which may be at once), language {@code en_US}, permission {@code outboundCall}, offline at start,
     * manual accept.
     *
     * @param username the login name
     * @param password the password
     * @param name the display name
     * @return the specification
     */
    public static AgentSpec of(String username, String password, String name) {
        Map<String, Long> concurrency = new LinkedHashMap<>();
        concurrency.put("VOICE", 1L);
        concurrency.put("CHAT", 0L);
        concurrency.put("TASK", 1L);
        return new AgentSpec(username, password, name, true, false, "", "Basic Routing Profile", DEFAULT_QUEUES,
                concurrency, Map.of("LANGUAGE", "en_US"), List.of("outboundCall"), "Offline");
    }

    /**
     * @param enabled softphone or desk phone
     * @param deskPhoneNumber the desk phone's number when {@code enabled} is false (else ignored)
     * @return a copy
     */
    public AgentSpec withSoftphone(boolean enabled, String deskPhoneNumber) {
        return new AgentSpec(username, password, name, enabled, autoAccept, enabled ? "" : deskPhoneNumber,
                routingProfile, queues, channelConcurrency, preferences, permissions, initialState);
    }

    /**
     * @param accept auto-accept offered voice contacts
     * @return a copy
     */
    public AgentSpec withAutoAccept(boolean accept) {
        return new AgentSpec(username, password, name, softphoneEnabled, accept, extension, routingProfile, queues,
                channelConcurrency, preferences, permissions, initialState);
    }

    /**
     * @param profileName the routing profile's name
     * @param queueNames its queues (the first is the default outbound queue)
     * @return a copy
     */
    public AgentSpec withRoutingProfile(String profileName, List<String> queueNames) {
        return new AgentSpec(username, password, name, softphoneEnabled, autoAccept, extension, profileName,
                queueNames, channelConcurrency, preferences, permissions, initialState);
    }

    /**
     * @param concurrency the routing profile's {@code channelConcurrencyMap}: how many contacts of each channel
     *            ({@code VOICE}, {@code CHAT}, {@code TASK}) the agent is offered at once; channels are routed
     *            independently
     * @return a copy
     */
    public AgentSpec withChannelConcurrency(Map<String, Long> concurrency) {
        return new AgentSpec(username, password, name, softphoneEnabled, autoAccept, extension, routingProfile, queues,
                concurrency, preferences, permissions, initialState);
    }

    /**
     * @param granted the permissions
     * @return a copy
     */
    public AgentSpec withPermissions(List<String> granted) {
        return new AgentSpec(username, password, name, softphoneEnabled, autoAccept, extension, routingProfile, queues,
                channelConcurrency, preferences, granted, initialState);
    }

    /**
     * @param stateName the state at start ({@code Available}, {@code Offline}, or a custom state)
     * @return a copy
     */
    public AgentSpec withInitialState(String stateName) {
        return new AgentSpec(username, password, name, softphoneEnabled, autoAccept, extension, routingProfile, queues,
                channelConcurrency, preferences, permissions, stateName);
    }

    /**
     * @param agentPreferences the {@code agentPreferences} map
     * @return a copy
     */
    public AgentSpec withPreferences(Map<String, String> agentPreferences) {
        return new AgentSpec(username, password, name, softphoneEnabled, autoAccept, extension, routingProfile, queues,
                channelConcurrency, agentPreferences, permissions, initialState);
    }

    @Override
    public String toString() {
        return "AgentSpec[username=" + username + ", password=<redacted>, name=" + name + ", softphoneEnabled="
                + softphoneEnabled + ", autoAccept=" + autoAccept + ", routingProfile=" + routingProfile + ", queues="
                + queues + ", permissions=" + permissions + ", initialState=" + initialState + "]";
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }
}
