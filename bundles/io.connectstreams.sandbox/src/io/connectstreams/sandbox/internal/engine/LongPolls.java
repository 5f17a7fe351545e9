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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The held {@code GetAgentSnapshot} long polls: whether a poll is answered at once or held, the eviction of an
 * agent's oldest poll, the agents changed by the running mutation, and the answers their polls get. Called with the
 * engine's lock held; it never answers a poll itself but hands the answers back as {@link Answers}, which the
 * engine delivers after the lock is released.
 */
final class LongPolls {

    private static final long MAX_POLL_TIMEOUT_MS = 60_000;

    private final String runId = UUID.randomUUID().toString();
    private final Collection<Agent> agents;
    /** Agents changed by the running mutation. */
    private final Set<Agent> dirty = new LinkedHashSet<>();
    private boolean closing;

    /**
     * @param agents the engine's agents (a live view)
     */
    LongPolls(Collection<Agent> agents) {
        this.agents = agents;
    }

    /**
     * @return the answer to give at once: when the snapshot changed since {@code nextToken} (or there is none), the
     *         poll would not be held, or the server is closing; {@code null} when the poll is to be held
     */
    String immediateAnswer(Agent agent, String nextToken, long timeoutMs, long now) {
        String current = nextToken(agent);
        if (nextToken == null || !nextToken.equals(current) || timeoutMs <= 0 || closing) {
            return SnapshotWriter.response(agent, current, now);
        }
        return null;
    }

    /**
     * Holds a poll for the agent; when the agent holds too many, its oldest one is evicted into {@code answers}.
     *
     * @return the held poll, for its timeout
     */
    PendingPoll hold(Agent agent, SnapshotListener listener, Answers answers, long now) {
        PendingPoll poll = new PendingPoll(listener);
        if (agent.polls.size() >= Agent.MAX_PENDING_POLLS) {
            answers.add(agent.polls.removeFirst(), SnapshotWriter.response(agent, nextToken(agent), now));
        }
        agent.polls.addLast(poll);
        return poll;
    }

    /**
     * @return how long to hold a poll that asked for {@code timeoutMs} (capped at 60 s)
     */
    static long holdMillis(long timeoutMs) {
        return Math.min(timeoutMs, MAX_POLL_TIMEOUT_MS);
    }

    /** A held poll timed out: it is answered with the snapshot of now, unless it was answered already. */
    void expire(Agent agent, PendingPoll poll, Answers answers, long now) {
        if (agent.polls.remove(poll)) {
            answers.add(poll, SnapshotWriter.response(agent, nextToken(agent), now));
        }
    }

    /** Marks an agent's snapshot as changed: its held polls are answered when the mutation ends. */
    void changed(Agent agent) {
        dirty.add(agent);
    }

    /** The mutation ended: takes the held polls of every agent it changed. */
    void takeChanged(Answers answers, long now) {
        take(dirty, answers, now);
        dirty.clear();
    }

    /** Takes every held poll and holds no new one, so that the server can stop without waiting for them. */
    void releaseAll(Answers answers, long now) {
        closing = true;
        take(agents, answers, now);
    }

    /**
     * @return how many long polls are held
     */
    int held() {
        return agents.stream().mapToInt(agent -> agent.polls.size()).sum();
    }

    private void take(Iterable<Agent> from, Answers answers, long now) {
        for (Agent agent : from) {
            if (!agent.polls.isEmpty()) {
                String answer = SnapshotWriter.response(agent, nextToken(agent), now);
                while (!agent.polls.isEmpty()) {
                    answers.add(agent.polls.removeFirst(), answer);
                }
            }
        }
    }

    private String nextToken(Agent agent) {
        String raw = runId + ":" + agent.profile.username() + ":" + agent.version;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls paired with their answers, taken under the lock and delivered after it is released. */
    static final class Answers {

        private final List<PendingPoll> polls = new ArrayList<>();
        private final List<String> answers = new ArrayList<>();

        void add(PendingPoll poll, String answer) {
            polls.add(poll);
            answers.add(answer);
        }

        /** Answers each poll; call without the lock. */
        void deliver() {
            for (int i = 0; i < polls.size(); i++) {
                polls.get(i).answer(answers.get(i));
            }
        }
    }
}
