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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frozen data of the agent at one moment: the back end's {@code GetAgentSnapshot} result joined with the
 * complete configuration, as in Streams' {@code agent::update} payload and {@code AgentSnapshot}.
 *
 * @param state the current state
 * @param nextState the state enqueued to follow the current contact work, may be {@code null}
 * @param availability the router's view of the agent, may be {@code null}
 * @param snapshotTimestamp the back end's time of the snapshot
 * @param localTimestamp this machine's time when the snapshot arrived
 * @param contacts the contacts, sorted by state timestamp (as the worker does)
 * @param configuration the agent's configuration
 */
public record AgentSnapshot(AgentState state, AgentState nextState, AgentAvailabilityState availability,
        Instant snapshotTimestamp, Instant localTimestamp, List<ContactSnapshot> contacts,
        AgentConfiguration configuration) {

    /** Validates and copies. */
    public AgentSnapshot {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(snapshotTimestamp, "snapshotTimestamp");
        Objects.requireNonNull(localTimestamp, "localTimestamp");
        Objects.requireNonNull(configuration, "configuration");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /**
     * Streams' {@code snapshot.skew}: back-end clock minus local clock. Add it to local time to get back-end time.
     *
     * @return the clock skew
     */
    public Duration skew() {
        return Duration.between(localTimestamp, snapshotTimestamp);
    }

    /**
     * @param contactId a contact id
     * @return that contact
     */
    public Optional<ContactSnapshot> contact(String contactId) {
        return contacts.stream().filter(c -> c.contactId().equals(contactId)).findFirst();
    }

    /**
     * @param types contact types to keep; none means all
     * @return Streams' {@code agent.getContacts(typeFilter)}
     */
    public List<ContactSnapshot> contacts(ContactType... types) {
        if (types.length == 0) {
            return contacts;
        }
        List<ContactType> wanted = List.of(types);
        return contacts.stream().filter(c -> wanted.contains(c.type())).toList();
    }

    /**
     * Streams' {@code getStateDuration()}: {@code now - state.startTimestamp + skew}.
     *
     * @param now the local time
     * @return time in the current state, never negative
     */
    public Duration stateDuration(Instant now) {
        return elapsedSince(state.startTimestamp(), now);
    }

    /**
     * @param backEndTime a back-end timestamp, may be {@code null}
     * @param now the local time
     * @return time from then to now, corrected by the skew, never negative; zero when the timestamp is unknown
     */
    public Duration elapsedSince(Instant backEndTime, Instant now) {
        if (backEndTime == null) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(backEndTime, now.plus(skew()));
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
