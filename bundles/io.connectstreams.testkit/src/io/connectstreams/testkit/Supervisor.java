/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.connectstreams.testkit.internal.CtiCaller;
import io.connectstreams.testkit.internal.Waits;

/**
 * A supervisor of the sandbox (one with the monitor and barge permissions, such as the default agent {@code sam})
 * who monitors the signed-in agent's calls and barges in, with a CTI client of its own.
 */
public final class Supervisor {

    private final ContactCenter center;
    private final String username;
    private final CtiCaller cti;
    /** The calls this supervisor monitors: contact id to its monitoring connection id. */
    private final Map<String, String> monitored = new ConcurrentHashMap<>();

    Supervisor(ContactCenter center, String username) {
        this.center = center;
        this.username = username;
        this.cti = new CtiCaller(center.sandbox(), username);
    }

    /**
     * Starts monitoring a call silently, waiting until the call is connected so it can be monitored.
     *
     * @param call a call of the signed-in agent
     * @return the supervisor's monitoring connection id
     */
    public String monitor(CustomerContact call) {
        AtomicReference<String> connection = new AtomicReference<>();
        AtomicReference<RuntimeException> refusal = new AtomicReference<>();
        try {
            Waits.until(center.timeout(), () -> {
                try {
                    connection.set(center.sandbox().control().monitor(call.contactId(), username));
                    return true;
                } catch (RuntimeException notConnectedYet) {
                    // the sandbox refuses a call that is not connected yet with its own (internal) exception
                    refusal.set(notConnectedYet);
                    return false;
                }
            }, () -> username + " to monitor " + call + " (last refusal: "
                    + (refusal.get() == null ? "none" : refusal.get().getMessage()) + ")");
        } catch (AssertionError timedOut) {
            if (refusal.get() != null) {
                timedOut.initCause(refusal.get()); // its type and stack: a real failure is not just a timeout
            }
            throw timedOut;
        }
        monitored.put(call.contactId(), connection.get());
        return connection.get();
    }

    /**
     * Barges into a call (monitoring it first, unless this supervisor already does): the agent's contact then
     * shows it is under supervision, which this waits for.
     *
     * @param call a call of the signed-in agent
     */
    public void barge(CustomerContact call) {
        if (!monitored.containsKey(call.contactId())) {
            monitor(call);
        }
        cti.updateMonitorParticipantState(call.contactId(), "BARGE");
        Waits.until(center.timeout(),
                () -> call.seenByAgent().map(contact -> contact.isUnderSupervision()).orElse(false),
                () -> "the agent to see " + username + " barge into " + call);
    }

    /**
     * A supervisor who barged in goes back to listening silently ({@code UpdateMonitorParticipantState}
     * {@code SILENT_MONITOR}): the agent's contact then no longer shows it is under supervision, which this waits
     * for.
     *
     * @param call a call of the signed-in agent this supervisor barged into
     */
    public void listenOnly(CustomerContact call) {
        cti.updateMonitorParticipantState(call.contactId(), "SILENT_MONITOR");
        Waits.until(center.timeout(),
                () -> !call.seenByAgent().map(contact -> contact.isUnderSupervision()).orElse(true),
                () -> "the agent to no longer see " + username + " in " + call);
    }

    @Override
    public String toString() {
        return "supervisor " + username;
    }
}
