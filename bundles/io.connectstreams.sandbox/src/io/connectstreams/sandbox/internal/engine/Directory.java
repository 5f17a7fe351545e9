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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.sandbox.AgentSpec;

/**
 * The instance's configuration: queues, agent states, agents and their passwords, quick connects, dialable
 * countries. Queues and states are fixed at construction; agents can be added while the sandbox runs.
 */
public final class Directory {

    /**
     * The instance's claimed phone number: what inbound callers dial and outbound calls and callbacks show, and so
     * every call's {@code connectSystemEndpoint}.
     */
    public static final String SYSTEM_NUMBER = "+18005550199";

    /** Countries agents may dial (lower-case ISO 3166 codes, as the service sends them). */
    public static final List<String> DIALABLE_COUNTRIES = List.of("us", "ca", "gb", "de", "fr", "es", "it", "ie",
            "au", "jp");

    private static final List<String> NOT_ROUTABLE_STATES = List.of("Lunch", "Training", "Break");

    private final Arns arns;
    private final Map<String, QueueRef> queuesByName = new LinkedHashMap<>();
    private final List<StateDef> states;
    private final Map<String, AgentProfile> agents = new ConcurrentHashMap<>();
    private final Map<String, byte[]> passwordDigests = new ConcurrentHashMap<>();
    private final List<QuickConnect> phoneQuickConnects;

    /**
     * @param arns the ARN builder
     * @param queueNames every queue of the instance
     */
    public Directory(Arns arns, Collection<String> queueNames) {
        this.arns = arns;
        for (String queue : queueNames) {
            queuesByName.put(queue, new QueueRef(arns.of("queue", queue), queue));
        }
        List<StateDef> list = new ArrayList<>();
        list.add(new StateDef(arns.of("agent-state", "Available"), AgentStateType.ROUTABLE, "Available"));
        for (String name : NOT_ROUTABLE_STATES) {
            list.add(new StateDef(arns.of("agent-state", name), AgentStateType.NOT_ROUTABLE, name));
        }
        list.add(new StateDef(arns.of("agent-state", "Offline"), AgentStateType.OFFLINE, "Offline"));
        this.states = List.copyOf(list);
        Set<String> allQueues = new LinkedHashSet<>();
        queuesByName.values().forEach(queue -> allQueues.add(queue.arn()));
        this.phoneQuickConnects = List.of(
                new QuickConnect(arns.of("transfer-destination", "Head office"), EndpointType.PHONE_NUMBER,
                        "Head office", "+12065550100", null, null, Set.copyOf(allQueues)),
                new QuickConnect(arns.of("transfer-destination", "Escalations desk"), EndpointType.PHONE_NUMBER,
                        "Escalations desk", "+442079460123", null, null, Set.copyOf(allQueues)));
    }

    /**
     * Adds an agent (or replaces one with the same username).
     *
     * @param spec the agent
     * @return the resolved profile
     */
    public AgentProfile add(AgentSpec spec) {
        List<QueueRef> queues = new ArrayList<>();
        for (String name : spec.queues()) {
            queues.add(queue(name).orElseThrow(() -> new IllegalArgumentException(
                    "agent " + spec.username() + ": unknown queue " + name + " (known: " + queuesByName.keySet() + ")")));
        }
        state(spec.initialState()).filter(state -> state.type() != AgentStateType.SYSTEM)
                .orElseThrow(() -> new IllegalArgumentException(
                        "agent " + spec.username() + ": unknown initial state " + spec.initialState()));
        AgentProfile profile = new AgentProfile(spec.username(), spec.name(), arns.of("agent", spec.username()),
                spec.softphoneEnabled(), spec.autoAccept(), spec.extension(), spec.routingProfile(),
                arns.of("routing-profile", spec.routingProfile()), queues, spec.channelConcurrency(),
                spec.preferences(), spec.permissions(), states);
        agents.put(spec.username(), profile);
        passwordDigests.put(spec.username(), digest(spec.password()));
        return profile;
    }

    /**
     * @param username a login name
     * @param password a password
     * @return whether they match a configured agent (constant-time comparison of digests)
     */
    public boolean checkPassword(String username, String password) {
        byte[] expected = passwordDigests.get(username);
        byte[] given = digest(password == null ? "" : password);
        return expected != null && MessageDigest.isEqual(expected, given);
    }

    /**
     * @param name a queue name
     * @return the queue
     */
    public Optional<QueueRef> queue(String name) {
        return Optional.ofNullable(queuesByName.get(name));
    }

    /**
     * @param arn a queue ARN
     * @return the queue
     */
    public Optional<QueueRef> queueByArn(String arn) {
        return queuesByName.values().stream().filter(queue -> queue.arn().equals(arn)).findFirst();
    }

    /**
     * @return the states agents may set
     */
    public List<StateDef> states() {
        return states;
    }

    /**
     * @param name a state name
     * @return the settable state with that name
     */
    public Optional<StateDef> state(String name) {
        return states.stream().filter(state -> state.name().equals(name)).findFirst();
    }

    /**
     * The quick connects the agents of the given queues see: the phone numbers, every queue and every agent.
     *
     * @param queueArns queues
     * @return the endpoints in a stable order
     */
    public List<QuickConnect> quickConnects(Collection<String> queueArns) {
        List<QuickConnect> result = new ArrayList<>();
        for (QuickConnect phone : phoneQuickConnects) {
            if (phone.queueArns().stream().anyMatch(queueArns::contains)) {
                result.add(phone);
            }
        }
        if (queueArns.stream().anyMatch(arn -> queueByArn(arn).isPresent())) {
            for (QueueRef queue : queuesByName.values()) {
                result.add(new QuickConnect(arns.of("transfer-destination", "queue:" + queue.name()),
                        EndpointType.QUEUE, queue.name(), null, null, queue, Set.of()));
            }
            agents.values().stream().sorted((a, b) -> a.username().compareTo(b.username()))
                    .forEach(agent -> result.add(new QuickConnect(
                            arns.of("transfer-destination", "agent:" + agent.username()), EndpointType.AGENT,
                            agent.name(), null, agent.username(), null, Set.of())));
        }
        return result;
    }

    /**
     * @param arn an endpoint ARN from {@code GetEndpoints}
     * @param queueArns the queues of the asking agent
     * @return the quick connect
     */
    public Optional<QuickConnect> quickConnect(String arn, Collection<String> queueArns) {
        return quickConnects(queueArns).stream().filter(quick -> quick.arn().equals(arn)).findFirst();
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
