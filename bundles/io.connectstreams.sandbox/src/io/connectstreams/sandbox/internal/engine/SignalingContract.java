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
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.sandbox.internal.signaling.MediaCall.InviteFault;

/**
 * What the softphone signaling endpoint asks of the engine and what the engine tells it: which agent connection a
 * call context token opens, the queued invite faults, the media events of a leg, and the server {@code bye} sent
 * when the caller's side (or a withdrawn agent connection) is gone. Called with the engine's lock held; the byes
 * are sent on the executor, outside it.
 */
final class SignalingContract {

    private final Map<String, Contact> contacts;
    private final Collection<Agent> agents;
    private final Recorder recorder;
    private final Executor byeSender;
    private final Deque<InviteFault> inviteFaults = new ArrayDeque<>();
    // supervisor media: what a monitoring connection's signaling session registered, by connection id
    private final Map<String, Runnable> monitorByes = new HashMap<>();
    private final Map<String, Consumer<Boolean>> bargeListeners = new HashMap<>();

    /**
     * @param contacts the engine's contact index (a live view)
     * @param agents the engine's agents (a live view)
     * @param recorder where media events are recorded
     * @param byeSender runs the server byes
     */
    SignalingContract(Map<String, Contact> contacts, Collection<Agent> agents, Recorder recorder,
            Executor byeSender) {
        this.contacts = contacts;
        this.agents = agents;
        this.recorder = recorder;
        this.byeSender = byeSender;
    }

    /**
     * @return the live contact's agent connection whose softphone has this call context token (compared in constant
     *         time)
     */
    Optional<Connection> agentLeg(String contactId, String callContextToken) {
        Contact contact = contacts.get(contactId);
        if (contact == null || !contact.isActive() || contact.agent == null) {
            return Optional.empty();
        }
        return contact.agentConnection().filter(connection -> connection.softphone != null)
                .filter(connection -> MessageDigest.isEqual(
                        connection.softphone.callContextToken().getBytes(StandardCharsets.UTF_8),
                        callContextToken.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @return the live contact's monitoring connection whose softphone has this call context token (compared in
     *         constant time)
     */
    Optional<Connection> monitorLeg(String contactId, String callContextToken) {
        Contact contact = contacts.get(contactId);
        if (contact == null || !contact.isActive()) {
            return Optional.empty();
        }
        return contact.monitors.stream().filter(connection -> connection.softphone != null)
                .filter(connection -> MessageDigest.isEqual(
                        connection.softphone.callContextToken().getBytes(StandardCharsets.UTF_8),
                        callContextToken.getBytes(StandardCharsets.UTF_8)))
                .findFirst();
    }

    /**
     * Keeps a supervisor's media session's bye and barge listener while it monitors; the listener is told the
     * current mode at once (under the lock: it only switches mixes).
     *
     * @return {@code false} when the monitoring has ended: the caller sends the bye at once, outside the lock
     */
    boolean onMonitorMedia(String contactId, String connectionId, Runnable sendBye, Consumer<Boolean> barging) {
        Optional<Connection> monitor = monitor(contactId, connectionId);
        if (monitor.isEmpty()) {
            return false;
        }
        if (sendBye != null) {
            monitorByes.put(connectionId, sendBye);
        }
        if (barging != null) {
            bargeListeners.put(connectionId, barging);
            tellMode(monitor.get());
        }
        return true;
    }

    /** The supervisor switched between silent monitoring and barge. */
    void monitorModeChanged(Connection monitor) {
        tellMode(monitor);
    }

    /** The monitoring ended (the supervisor left, or the call ended): its media ends with the server's bye. */
    void monitorGone(Connection monitor) {
        bargeListeners.remove(monitor.id);
        Runnable bye = monitorByes.remove(monitor.id);
        if (bye != null) {
            byeSender.execute(() -> runQuietly(bye));
        }
    }

    private void tellMode(Connection monitor) {
        Consumer<Boolean> listener = bargeListeners.get(monitor.id);
        if (listener != null) {
            try {
                listener.accept(monitor.state == ConnectionStateType.BARGE);
            } catch (RuntimeException e) {
                System.getLogger(ContactCenter.class.getName()).log(System.Logger.Level.WARNING,
                        "telling a supervisor's media its mode failed", e);
            }
        }
    }

    private Optional<Connection> monitor(String contactId, String connectionId) {
        Contact contact = contacts.get(contactId);
        if (contact == null || !contact.isActive()) {
            return Optional.empty();
        }
        return contact.monitors.stream().filter(connection -> connection.id.equals(connectionId)).findFirst();
    }

    void failNextInvite(InviteFault fault) {
        inviteFaults.addLast(fault);
    }

    void clearInviteFaults() {
        inviteFaults.clear();
    }

    int pendingInviteFaults() {
        return inviteFaults.size();
    }

    InviteFault takeInviteFault() {
        return inviteFaults.pollFirst();
    }

    void mediaStarted(String contactId, String connectionId) {
        Contact contact = legOwner(contactId, connectionId);
        if (contact != null) {
            contact.mediaState = "started";
            contact.mediaEvents.add("started");
        }
        recorder.record(contact == null ? null : contact.agent, "mediaStarted", contactId,
                "{\"connectionId\":" + quote(connectionId) + "}");
    }

    void mediaEnded(String contactId, String connectionId, String reason) {
        Contact contact = legOwner(contactId, connectionId);
        String agent = contact == null ? null : contact.agent;
        if (contact != null) {
            contact.mediaState = "ended";
            contact.mediaEvents.add("ended: " + reason);
        }
        recorder.record(agent, "mediaEnded", contactId,
                "{\"connectionId\":" + quote(connectionId) + ",\"reason\":" + quote(reason) + "}");
    }

    /**
     * Keeps the endpoint's bye for when the caller's side is gone.
     *
     * @return {@code false} when it is gone already (or the leg is stale): the caller sends the bye at once, outside
     *         the lock
     */
    boolean onCallerHangUp(String contactId, String connectionId, Runnable sendBye) {
        Contact contact = current(contactId, connectionId);
        if (contact == null || !contact.isActive()) {
            return false;
        }
        contact.byeSenders.add(sendBye);
        return true;
    }

    /** The caller's side is gone: the signaling endpoint sends its bye (outside the lock, on the executor). */
    void callerGone(Contact contact) {
        List<Runnable> senders = List.copyOf(contact.byeSenders);
        contact.byeSenders.clear();
        if (!senders.isEmpty()) {
            byeSender.execute(() -> senders.forEach(SignalingContract::runQuietly));
        }
    }

    /**
     * The agent connection is withdrawn while the caller stays (a missed contact re-queued): the softphone media of
     * that connection ends the same way, with the server's bye.
     */
    void agentLegGone(Contact contact) {
        callerGone(contact);
    }

    /**
     * @return the contact while {@code connectionId} is its agent connection; {@code null} for a connection it no
     *         longer has (the contact was missed and re-queued), so that a stale leg's media does not touch it
     */
    private Contact current(String contactId, String connectionId) {
        Contact contact = contacts.get(contactId);
        boolean currentLeg = contact != null
                && contact.agentConnection().map(leg -> leg.id.equals(connectionId)).orElse(false);
        return currentLeg ? contact : null;
    }

    /**
     * @return the contact holding this agent connection: the indexed one, or the missed view an agent keeps of a
     *         contact that went back to its queue; {@code null} when none does
     */
    private Contact legOwner(String contactId, String connectionId) {
        Contact contact = current(contactId, connectionId);
        if (contact != null) {
            return contact;
        }
        return agents.stream().map(agent -> agent.contacts.get(contactId))
                .filter(view -> view != null && view.connection(connectionId).isPresent()).findFirst()
                .orElse(null);
    }

    private static void runQuietly(Runnable runnable) {
        try {
            runnable.run();
        } catch (RuntimeException e) {
            System.getLogger(ContactCenter.class.getName()).log(System.Logger.Level.WARNING,
                    "sending a server bye failed", e);
        }
    }

    private static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text == null ? "" : text).toString();
    }
}
