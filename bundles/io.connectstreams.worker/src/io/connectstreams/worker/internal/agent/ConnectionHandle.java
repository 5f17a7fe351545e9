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
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import io.connectstreams.api.VoiceConnection;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.spi.ContactCenterBackend;

/**
 * A connection of a contact (Streams' {@code connect.VoiceConnection}). Getters read the contact's latest snapshot;
 * once the connection left it they keep returning its last data.
 */
final class ConnectionHandle implements VoiceConnection {

    private final ContactHandle contact;
    private final String connectionId;
    private final ConnectionSnapshot fallback;

    ConnectionHandle(ContactHandle contact, String connectionId, ConnectionSnapshot fallback) {
        this.contact = contact;
        this.connectionId = connectionId;
        this.fallback = fallback;
    }

    @Override
    public ConnectionSnapshot toSnapshot() {
        return contact.toSnapshot().connection(connectionId).orElse(fallback);
    }

    @Override
    public Duration getStateDuration() {
        HandleContext context = contact.context();
        return context.store().current().elapsedSince(toSnapshot().state().timestamp(), context.clock().instant());
    }

    @Override
    public CompletionStage<Void> destroy() {
        return run("destroy", () -> backend().destroyConnection(contact.getContactId(), connectionId));
    }

    @Override
    public CompletionStage<Void> sendDigits(String digits) {
        if (digits == null || !digits.matches("[0-9*#,]+")) {
            throw new IllegalArgumentException("digits: must be 0-9, *, # or , (pause)");
        }
        return run("sendDigits", () -> backend().sendDigits(contact.getContactId(), connectionId, digits));
    }

    @Override
    public CompletionStage<Void> hold() {
        return run("hold", () -> backend().holdConnection(contact.getContactId(), connectionId));
    }

    @Override
    public CompletionStage<Void> resume() {
        return run("resume", () -> backend().resumeConnection(contact.getContactId(), connectionId));
    }

    @Override
    public CompletionStage<Void> muteParticipant() {
        return run("muteParticipant", () -> backend().muteParticipant(contact.getContactId(), connectionId));
    }

    @Override
    public CompletionStage<Void> unmuteParticipant() {
        return run("unmuteParticipant", () -> backend().unmuteParticipant(contact.getContactId(), connectionId));
    }

    @Override
    public String toString() {
        return "Connection[" + connectionId + " of " + contact.getContactId() + "]";
    }

    private ContactCenterBackend backend() {
        return contact.context().backend();
    }

    private CompletionStage<Void> run(String operation, Supplier<CompletionStage<Void>> call) {
        return contact.act(connectionId, operation, call);
    }
}
