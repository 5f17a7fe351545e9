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

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agent's live state: the state it chose, the enqueued next state, an error state, its contacts, and the
 * snapshot version its long polls wait on. Mutable; guarded by the engine's lock.
 */
final class Agent {

    /** Long polls one agent may hold at once; the oldest is answered when more arrive. */
    static final int MAX_PENDING_POLLS = 8;

    AgentProfile profile;
    StateDef base;
    long baseSince;
    StateDef next;
    long nextSince;
    StateDef error;
    StateDef shown;
    long shownSince;
    long idleSince;
    long version;
    final Map<String, Contact> contacts = new LinkedHashMap<>();
    /** The contacts this agent monitors as a supervisor (not its own: never routed, held or cleared). */
    final Map<String, Contact> monitored = new LinkedHashMap<>();
    final ArrayDeque<PendingPoll> polls = new ArrayDeque<>();

    Agent(AgentProfile profile, StateDef initial, long now) {
        this.profile = profile;
        this.base = initial;
        this.baseSince = now;
        this.shown = initial;
        this.shownSince = now;
        this.idleSince = now;
    }
}
