/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.InvalidStateException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.event.ContactAction;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringErrorType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;

/**
 * A contact of the session (Streams' {@code new connect.Contact(contactId)}). Getters read the latest snapshot of
 * the contact; once it left the snapshot they keep returning its last data. Subscriptions are scoped
 * ({@code contact::<event>::<contactId>}) and dropped by the bus when the contact is destroyed.
 */
public final class ContactHandle implements Contact {

    private final HandleContext context;
    private final String contactId;
    private volatile ContactSnapshot last;

    ContactHandle(HandleContext context, String contactId) {
        this.context = context;
        this.contactId = contactId;
    }

    void update(ContactSnapshot snapshot) {
        last = snapshot;
    }

    @Override
    public String getContactId() {
        return contactId;
    }

    @Override
    public ContactSnapshot toSnapshot() {
        ContactSnapshot snapshot = last;
        if (snapshot == null) {
            throw new IllegalStateException("contact " + contactId + " has no data yet");
        }
        return snapshot;
    }

    @Override
    public Duration getStateDuration() {
        return context.store().current().elapsedSince(toSnapshot().state().timestamp(), context.clock().instant());
    }

    @Override
    public List<Connection> getConnections() {
        return toSnapshot().connections().stream().map(c -> (Connection) connection(c)).toList();
    }

    @Override
    public Optional<Connection> getAgentConnection() {
        return toSnapshot().agentConnection().map(this::connection);
    }

    @Override
    public Optional<Connection> getInitialConnection() {
        return toSnapshot().initialConnection().map(this::connection);
    }

    @Override
    public List<Connection> getThirdPartyConnections() {
        return toSnapshot().thirdPartyConnections().stream().map(c -> (Connection) connection(c)).toList();
    }

    @Override
    public Optional<Connection> getActiveInitialConnection() {
        return toSnapshot().activeInitialConnection().map(this::connection);
    }

    @Override
    public Optional<Connection> getSingleActiveThirdPartyConnection() {
        return toSnapshot().singleActiveThirdPartyConnection().map(this::connection);
    }

    @Override
    public List<Connection> getActiveConnections() {
        return toSnapshot().activeConnections().stream().map(c -> (Connection) connection(c)).toList();
    }

    @Override
    public Subscription onRefresh(Consumer<Contact> callback) {
        return on(ContactEvents.REFRESH, callback);
    }

    @Override
    public Subscription onIncoming(Consumer<Contact> callback) {
        return on(ContactEvents.INCOMING, callback);
    }

    @Override
    public Subscription onPending(Consumer<Contact> callback) {
        return on(ContactEvents.PENDING, callback);
    }

    @Override
    public Subscription onConnecting(Consumer<Contact> callback) {
        return on(ContactEvents.CONNECTING, callback);
    }

    @Override
    public Subscription onAccepted(Consumer<Contact> callback) {
        return on(ContactEvents.ACCEPTED, callback);
    }

    @Override
    public Subscription onMissed(Consumer<Contact> callback) {
        return on(ContactEvents.MISSED, callback);
    }

    @Override
    public Subscription onEnded(Consumer<Contact> callback) {
        return on(ContactEvents.ENDED, callback);
    }

    @Override
    public Subscription onDestroy(Consumer<Contact> callback) {
        return on(ContactEvents.DESTROYED, callback);
    }

    @Override
    public Subscription onAfterCallWork(Consumer<Contact> callback) {
        return on(ContactEvents.ACW, callback);
    }

    @Override
    public Subscription onConnected(Consumer<Contact> callback) {
        return on(ContactEvents.CONNECTED, callback);
    }

    @Override
    public Subscription onError(Consumer<Contact> callback) {
        return on(ContactEvents.ERROR, callback);
    }

    /** Streams broadcasts {@code contact::accepted} (global and scoped) once the back end took the accept. */
    @Override
    public CompletionStage<Void> accept() {
        return run("accept", () -> context.backend().acceptContact(contactId)).thenRun(() -> {
            context.bus().trigger(ContactEvents.ACCEPTED, this);
            context.bus().trigger(ContactEvents.scoped(ContactEvents.ACCEPTED, contactId), this);
        });
    }

    @Override
    public CompletionStage<Void> reject() {
        return run("reject", () -> context.backend().rejectContact(contactId));
    }

    @Override
    public CompletionStage<Void> clear() {
        return run("clear", () -> context.backend().clearContact(contactId));
    }

    @Override
    public CompletionStage<Void> complete() {
        return run("complete", () -> context.backend().completeContact(contactId));
    }

    @Override
    public CompletionStage<Void> pause() {
        return run("pause", () -> context.backend().pauseContact(contactId));
    }

    @Override
    public CompletionStage<Void> resume() {
        return run("resume", () -> context.backend().resumeContact(contactId));
    }

    /** Streams checks the mode before calling and fails with {@code invalid_target_state}; so does this. */
    @Override
    public CompletionStage<Void> updateMonitorParticipantState(MonitoringMode targetMonitorMode) {
        if (targetMonitorMode != MonitoringMode.SILENT_MONITOR && targetMonitorMode != MonitoringMode.BARGE) {
            StreamsException refused = new StreamsException(MonitoringErrorType.INVALID_TARGET_STATE.wireValue(),
                    "invalid target monitor mode " + targetMonitorMode + " for contact " + contactId, 0, null);
            return run("updateMonitorParticipantState", () -> CompletableFuture.failedFuture(refused));
        }
        return run("updateMonitorParticipantState",
                () -> context.backend().updateMonitorParticipantState(contactId, targetMonitorMode));
    }

    @Override
    public CompletionStage<Void> notifyIssue(String issueCode, String description) {
        return run("notifyIssue", () -> context.backend().notifyContactIssue(contactId, issueCode, description));
    }

    @Override
    public CompletionStage<Void> addConnection(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return run("addConnection", () -> context.backend().createAdditionalConnection(contactId, endpoint));
    }

    /** Streams' choice of connection: the one on hold, else the first active one. */
    @Override
    public CompletionStage<Void> toggleActiveConnections() {
        ContactSnapshot snapshot = toSnapshot();
        Optional<ConnectionSnapshot> target = snapshot.connections().stream()
                .filter(c -> c.state().type() == ConnectionStateType.HOLD).findFirst()
                .or(() -> snapshot.activeConnections().stream().findFirst());
        if (target.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new InvalidStateException("contact " + contactId + " has no active connection to toggle", 0));
        }
        String connectionId = target.get().connectionId();
        return run("toggleActiveConnections",
                () -> context.backend().toggleActiveConnections(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> conferenceConnections() {
        return run("conferenceConnections", () -> context.backend().conferenceConnections(contactId));
    }

    @Override
    public CompletionStage<Void> transfer(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return run("transfer", () -> context.backend().transferContact(contactId, endpoint));
    }

    @Override
    public CompletionStage<Void> addParticipant(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return run("addParticipant", () -> context.backend().addNewConnection(contactId, endpoint));
    }

    @Override
    public CompletionStage<Void> sendSoftphoneMetrics(List<RtpStreamStats> stats) {
        List<RtpStreamStats> copy = List.copyOf(stats);
        return run("sendSoftphoneMetrics", () -> context.backend().sendSoftphoneCallMetrics(contactId, copy));
    }

    @Override
    public CompletionStage<Void> sendSoftphoneReport(SoftphoneCallReport report) {
        Objects.requireNonNull(report, "report");
        return run("sendSoftphoneReport", () -> context.backend().sendSoftphoneCallReport(contactId, report));
    }

    @Override
    public String toString() {
        ContactSnapshot snapshot = last;
        return "Contact[" + contactId + (snapshot == null ? "" : ", " + snapshot.type() + ", " + snapshot.state().type())
                + "]";
    }

    HandleContext context() {
        return context;
    }

    private ConnectionHandle connection(ConnectionSnapshot snapshot) {
        return new ConnectionHandle(this, snapshot.connectionId(), snapshot);
    }

    private CompletionStage<Void> run(String operation, Supplier<CompletionStage<Void>> call) {
        return act(null, operation, call);
    }

    /**
     * Runs an action on this contact or one of its connections and publishes its outcome
     * ({@code streams::contact_action}).
     */
    CompletionStage<Void> act(String connectionId, String operation, Supplier<CompletionStage<Void>> call) {
        return context.actions().run(operation, call).whenComplete((done, failure) -> context.bus().trigger(
                StreamsEvents.CONTACT_ACTION, new ContactAction(contactId, connectionId, operation, failure == null,
                        failure == null ? null : errorType(failure))));
    }

    private static String errorType(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause instanceof StreamsException streams ? streams.errorType() : cause.getClass().getSimpleName();
    }

    private Subscription on(String event, Consumer<Contact> callback) {
        return context.bus().subscribe(ContactEvents.scoped(event, contactId), Contact.class, callback);
    }
}
