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

import java.util.concurrent.ScheduledFuture;

/**
 * What the engine's collaborators need back from its façade, {@link ContactCenter}: the changes to an agent and its
 * contacts that more than one of them makes. Called with the engine's lock held.
 */
interface EngineHooks {

    /** Marks an agent's snapshot as changed (its shown state too); its held polls are answered after the change. */
    void changed(Agent agent);

    /** @return the softphone of a new agent connection, {@code null} for a desk phone */
    SoftphoneInfo softphoneFor(AgentProfile profile, String callType);

    /** The agent takes an offered contact. */
    void acceptOffered(Agent agent, Contact contact);

    /** The contact ends for the agent: after-call work. */
    void endForAgent(Agent agent, Contact contact, long now);

    /** The agent's contacts changed: an enqueued next state may apply, and routing runs. */
    void afterContactsChanged(Agent agent);

    /** Drops the contact from the index, unless the index holds another one with its id. */
    boolean forget(Contact contact);

    /** Ends the contact for the agent and hands it to a queue, an agent or a phone number. */
    void transferAway(Agent agent, Contact contact, EndpointView destination);

    /** @return the schedule of a change that runs later, under the lock, as a mutation of its own */
    ScheduledFuture<?> later(Runnable change, long delayMs);
}
