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

import java.util.Optional;
import java.util.function.Consumer;

import io.connectstreams.sandbox.internal.signaling.MediaCall;

/**
 * One signaling connection's view of a call. The invite fault is taken from the engine's queue the first time the
 * endpoint asks, and kept for this view: "the next invite" fails, whichever call it belongs to.
 */
final class EngineMediaCall implements MediaCall {

    private final ContactCenter engine;
    private final String contactId;
    private final String agentConnectionId;
    private final boolean monitoring;
    private Optional<InviteFault> fault;

    EngineMediaCall(ContactCenter engine, String contactId, String agentConnectionId, boolean monitoring) {
        this.monitoring = monitoring;
        this.engine = engine;
        this.contactId = contactId;
        this.agentConnectionId = agentConnectionId;
    }

    @Override
    public String contactId() {
        return contactId;
    }

    @Override
    public String agentConnectionId() {
        return agentConnectionId;
    }

    @Override
    public synchronized Optional<InviteFault> inviteFault() {
        if (fault == null) {
            fault = Optional.ofNullable(engine.takeInviteFault());
        }
        return fault;
    }

    @Override
    public void mediaStarted() {
        engine.mediaStarted(contactId, agentConnectionId);
    }

    @Override
    public void mediaEnded(String reason) {
        engine.mediaEnded(contactId, agentConnectionId, reason);
    }

    @Override
    public void onCallerHangUp(Runnable sendBye) {
        if (monitoring) {
            engine.onMonitorEnd(contactId, agentConnectionId, sendBye);
        } else {
            engine.onCallerHangUp(contactId, agentConnectionId, sendBye);
        }
    }

    @Override
    public boolean monitoring() {
        return monitoring;
    }

    @Override
    public void onBargeChange(Consumer<Boolean> barging) {
        if (monitoring) {
            engine.onBargeChange(contactId, agentConnectionId, barging);
        }
    }
}
