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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.engine.ContactCenter;
import io.connectstreams.sandbox.internal.engine.CtiException;
import io.connectstreams.sandbox.internal.engine.Directory;
import io.connectstreams.sandbox.internal.engine.TaskRequest;
import io.connectstreams.sandbox.internal.server.FaultInjector;
import io.connectstreams.sandbox.internal.signaling.CallerMedia;
import io.connectstreams.sandbox.internal.signaling.MediaCall.InviteFault;

/**
 * Drives a running sandbox the way the world outside the contact center would: callers call and hang up, callees
 * answer, contact flows transfer, the network and the service misbehave. The HTTP control API under
 * {@code /control} does the same over JSON. Obtain it from {@link Sandbox#control()}.
 */
public final class SandboxControl {

    private final ContactCenter engine;
    private final Directory directory;
    private final AuthService auth;
    private final FaultInjector faults;
    private final AtomicReference<CallerMedia> callerMedia;

    SandboxControl(ContactCenter engine, Directory directory, AuthService auth, FaultInjector faults,
            AtomicReference<CallerMedia> callerMedia) {
        this.engine = engine;
        this.directory = directory;
        this.auth = auth;
        this.faults = faults;
        this.callerMedia = callerMedia;
    }

    /**
     * An inbound call to {@code BasicQueue}, offered to the longest-idle available agent (or queued until one is).
     *
     * @param callerNumber the caller's E.164 number
     * @return the contact id
     */
    public String placeCall(String callerNumber) {
        return placeCall(callerNumber, null, null);
    }

    /**
     * An inbound voice call.
     *
     * @param callerNumber the caller's E.164 number
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param agent offer it to this agent only (username), or {@code null}
     * @return the contact id
     * @throws IllegalArgumentException for a malformed number, an unknown queue or agent
     */
    public String placeCall(String callerNumber, String queue, String agent) {
        return engine.placeCall(callerNumber, queue, agent);
    }

    /**
     * An inbound voice call whose contact flow set contact attributes: the snapshot shows them as
     * {@code {"<key>": {"name": "<key>", "value": "<value>"}}}.
     *
     * @param callerNumber the caller's E.164 number
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param agent offer it to this agent only (username), or {@code null}
     * @param attributes the contact attributes, by key, in the order the snapshot shows them
     * @return the contact id
     * @throws IllegalArgumentException for a malformed number, an unknown queue or agent, an empty attribute key
     */
    public String placeCall(String callerNumber, String queue, String agent, Map<String, String> attributes) {
        return engine.placeCall(callerNumber, queue, agent, attributes);
    }

    /**
     * A queued callback becomes due: offered in {@code incoming}; accepting it dials the customer.
     *
     * @param customerNumber the number to call back
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param agent offer it to this agent only, or {@code null}
     * @return the contact id
     */
    public String placeCallback(String customerNumber, String queue, String agent) {
        return engine.placeCallback(customerNumber, queue, agent);
    }

    // ---------------------------------------------------------------- tasks

    /**
     * A task arrives, as a contact flow or {@code StartTaskContact} would create it ({@code initiationMethod}
     * {@code api}): offered to the longest-idle routable agent of its queue with room for a task (the routing
     * profile's {@code TASK} concurrency), or queued until one has.
     *
     * @param name the task's name
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param agent offer it to this agent only (username), or {@code null}
     * @return the contact id
     * @throws IllegalArgumentException for a blank name, an unknown queue or agent
     */
    public String placeTask(String name, String queue, String agent) {
        return placeTask(name, null, Map.of(), queue, agent);
    }

    /**
     * A task with a description and references (links the agent opens, ...).
     *
     * @param name the task's name (1 to 512 characters)
     * @param description the description (at most 4096 characters), may be {@code null}
     * @param references the references by name, in the order the snapshot shows them
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param agent offer it to this agent only (username), or {@code null}
     * @return the contact id
     * @throws IllegalArgumentException for a bad name or description, an unknown queue or agent
     */
    public String placeTask(String name, String description, Map<String, TaskReference> references, String queue,
            String agent) {
        try {
            return engine.placeTask(TaskRequest.of(name, description, references), queue, agent);
        } catch (CtiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The caller (customer) hangs up.
     *
     * @param contactId the contact
     * @throws IllegalArgumentException when there is no such live call
     */
    public void hangUp(String contactId) {
        engine.callerHangUp(contactId);
    }

    /**
     * The dialed party answers: the customer of an outbound call or accepted callback, or a third party.
     *
     * @param contactId the contact
     */
    public void answer(String contactId) {
        engine.calleeAnswers(contactId, null);
    }

    /**
     * @param contactId the contact
     * @param connectionId the dialed connection
     */
    public void answer(String contactId, String connectionId) {
        engine.calleeAnswers(contactId, connectionId);
    }

    /**
     * A contact flow transfers a connected call to a queue or an agent: the call ends for its agent (after-call
     * work) and a new contact is routed to the destination.
     *
     * @param contactId the contact
     * @param queue the destination queue's name, or {@code null}
     * @param agent the destination agent's username, or {@code null}
     */
    public void transfer(String contactId, String queue, String agent) {
        engine.transferByFlow(contactId, queue, agent);
    }

    /**
     * The next {@code count} CTI requests (of {@code operation}, or any when {@code null}) fail with {@code status}:
     * 401 {@code UnauthorizedException}, 403 {@code AccessDeniedException}, 429 {@code ThrottlingException}, 5xx.
     *
     * @param status 401, 403, 429 or 500-599
     * @param count how many requests
     * @param operation an operation name such as {@code GetAgentSnapshot}, or {@code null}
     */
    public void failNextCalls(int status, int count, String operation) {
        faults.add(FaultInjector.Kind.STATUS, status, count, operation);
    }

    /**
     * The next {@code count} CTI requests are answered only after {@code latency}.
     *
     * @param latency added latency (1 ms to 2 min)
     * @param count how many requests
     * @param operation an operation name, or {@code null}
     */
    public void delayNextCalls(Duration latency, int count, String operation) {
        faults.add(FaultInjector.Kind.DELAY, latency.toMillis(), count, operation);
    }

    /**
     * The connections of the next {@code count} CTI requests are closed without an answer.
     *
     * @param count how many requests
     * @param operation an operation name, or {@code null}
     */
    public void dropNextCalls(int count, String operation) {
        faults.add(FaultInjector.Kind.DROP, 0, count, operation);
    }

    /**
     * The next {@code count} CTI answers are 200 with half the body (not valid JSON).
     *
     * @param count how many answers
     * @param operation an operation name, or {@code null}
     */
    public void truncateNextResponses(int count, String operation) {
        faults.add(FaultInjector.Kind.TRUNCATE, 0, count, operation);
    }

    /**
     * Drops every open CTI WebSocket without a close frame (a lost network); clients reconnect with their URL.
     *
     * @return how many sockets were dropped
     */
    public int dropWebSockets() {
        return faults.dropWebSockets();
    }

    /**
     * Every access token issued so far expires now (sessions and refresh tokens stay valid).
     *
     * @return how many tokens expired
     */
    public int expireAllTokens() {
        return auth.expireAll();
    }

    /**
     * The next softphone {@code invite} is answered with a JSON-RPC error, or never.
     *
     * @param code 486 (busy), 404 (call not found), 403, 400, 408, 409 or 500; 0 for no answer
     */
    public void failNextInvite(int code) {
        InviteFault fault = switch (code) {
            case 0 -> InviteFault.NO_ANSWER;
            case 486 -> new InviteFault(486, "Busy Here");
            case 404 -> new InviteFault(404, "Call Not Found");
            case 403 -> new InviteFault(403, "Forbidden");
            case 400 -> new InviteFault(400, "Bad Request");
            case 408 -> new InviteFault(408, "Request Timeout");
            case 409 -> new InviteFault(409, "Conflict");
            case 500 -> new InviteFault(500, "Internal Server Error");
            default -> throw new IllegalArgumentException("invite fault code must be 0, 400, 403, 404, 408, 409, 486 or 500");
        };
        engine.failNextInvite(fault);
    }

    /**
     * Drops every queued fault (CTI and invite).
     */
    public void clearFaults() {
        faults.clear();
        engine.clearInviteFaults();
    }

    /**
     * @return the queued CTI faults, described, plus one line per queued invite fault
     */
    public List<String> pendingFaults() {
        List<String> described = new java.util.ArrayList<>(faults.describe());
        for (int i = 0; i < engine.pendingInviteFaults(); i++) {
            described.add("invite fault");
        }
        return described;
    }

    /**
     * @return every agent with the state its snapshot shows
     */
    public List<AgentStatus> agents() {
        return engine.agentStatuses();
    }

    /**
     * @param username an agent
     * @return the agent's snapshot, exactly as {@code GetAgentSnapshot} would answer it ({@code snapshot} member)
     * @throws IllegalArgumentException for an unknown agent
     */
    public String snapshotJson(String username) {
        if (!engine.hasAgent(username)) {
            throw new IllegalArgumentException("unknown agent " + username);
        }
        return engine.snapshotJson(username);
    }

    // ---------------------------------------------------------------- supervisors

    /**
     * A supervisor starts monitoring an agent's connected call, silently: a {@code monitoring} connection appears in
     * the supervisor's snapshot only. The supervisor barges in with {@code UpdateMonitorParticipantState} and leaves
     * by destroying its connection.
     *
     * @param contactId the call
     * @param supervisor the supervisor's username; it needs {@link AgentSpec#MONITOR_PERMISSION}
     * @return the supervisor's connection id
     * @throws IllegalArgumentException for an unknown call or agent
     */
    public String monitor(String contactId, String supervisor) {
        return engine.startMonitoring(supervisor, contactId);
    }

    /**
     * @param monitoringConnectionId a supervisor's connection id (from {@link #monitor})
     * @return what the caller hears of the supervisor's softphone: levels while it barges; empty while it listens
     *         silently (nobody hears it), or when it has no media
     */
    public Optional<AudioLevels> monitorLevels(String monitoringConnectionId) {
        CallerMedia media = callerMedia.get();
        return media == null ? Optional.empty() : media.monitorLevels(monitoringConnectionId);
    }

    /**
     * @return every contact the engine knows, as JSON {@code {"contacts":[...],"queued":[ids]}}
     */
    public String contactsJson() {
        return engine.contactsJson();
    }

    /**
     * @return what clients sent that has no effect on snapshots (digits, metrics, reports, logs, issues,
     *         configuration updates, media events), oldest first
     */
    public List<RecordedAction> records() {
        return engine.recorder().all();
    }

    /**
     * @param contactId a contact
     * @return the caller side's audio levels, when a signaling endpoint with media is mounted and the call has media
     */
    public Optional<AudioLevels> levels(String contactId) {
        CallerMedia media = callerMedia.get();
        return media == null ? Optional.empty() : media.levels(contactId);
    }

    /**
     * Adds an agent while the sandbox runs (for example many agents for a benchmark).
     *
     * @param spec the agent
     */
    public void addAgent(AgentSpec spec) {
        engine.addAgent(directory.add(spec), spec.initialState());
    }

    /**
     * @return how many {@code GetAgentSnapshot} long polls are held right now
     */
    public int heldPolls() {
        return engine.heldPolls();
    }
}
