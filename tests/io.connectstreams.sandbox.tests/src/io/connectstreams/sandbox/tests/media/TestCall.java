/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.connectstreams.sandbox.internal.signaling.MediaCall;

/**
 * One call as the routing engine exposes it: records what the signaling endpoint reports, and plays the caller
 * hanging up.
 */
final class TestCall implements MediaCall {

    private final String contactId;
    private final String token;
    private final String agentConnectionId;
    private final AtomicInteger started = new AtomicInteger();
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final AtomicReference<Runnable> hangUp = new AtomicReference<>();
    private volatile InviteFault fault;
    private final boolean monitoring;
    private final AtomicReference<Consumer<Boolean>> bargeListener = new AtomicReference<>();
    private volatile boolean barging;

    TestCall(String contactId, String token, String agentConnectionId) {
        this(contactId, token, agentConnectionId, false);
    }

    /** A call, or with {@code monitoring} a supervisor's monitoring connection of it (silent at first). */
    TestCall(String contactId, String token, String agentConnectionId, boolean monitoring) {
        this.monitoring = monitoring;
        this.contactId = contactId;
        this.token = token;
        this.agentConnectionId = agentConnectionId;
    }

    String token() {
        return token;
    }

    TestCall fault(InviteFault injected) {
        fault = injected;
        return this;
    }

    int started() {
        return started.get();
    }

    List<String> ended() {
        return List.copyOf(ended);
    }

    /** A supervisor switches between silent monitoring and barge: tells what the endpoint registered. */
    void barge(boolean on) {
        barging = on;
        Consumer<Boolean> listener = bargeListener.get();
        if (listener != null) {
            listener.accept(on);
        }
    }

    @Override
    public boolean monitoring() {
        return monitoring;
    }

    @Override
    public void onBargeChange(Consumer<Boolean> listener) {
        bargeListener.set(listener);
        listener.accept(barging);
    }

    /** The caller hangs up: runs what the endpoint registered. */
    void callerHangsUp() {
        Runnable registered = hangUp.get();
        if (registered == null) {
            throw new IllegalStateException("no hang-up registered for " + contactId);
        }
        registered.run();
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
    public Optional<InviteFault> inviteFault() {
        return Optional.ofNullable(fault);
    }

    @Override
    public void mediaStarted() {
        started.incrementAndGet();
    }

    @Override
    public void mediaEnded(String reason) {
        ended.add(reason);
    }

    @Override
    public void onCallerHangUp(Runnable sendBye) {
        hangUp.set(sendBye);
    }
}
