/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.media.RtpStatsSampler;
import io.connectstreams.softphone.internal.media.VirtualMicrophone;
import io.connectstreams.softphone.internal.session.SessionManager;
import io.connectstreams.softphone.internal.session.SoftphoneSession;
import io.connectstreams.softphone.probe.HeardAudio;
import io.connectstreams.softphone.probe.SoftphoneProbe;

/**
 * The {@link SoftphoneProbe}, registered by the softphone only when the framework property asks for it; every
 * answer is read on the session thread.
 */
final class ProbeService implements SoftphoneProbe {

    private final SessionThread thread;
    private final SessionManager manager;

    ProbeService(SessionThread thread, SessionManager manager) {
        this.thread = thread;
        this.manager = manager;
    }

    @Override
    public boolean hasVirtualMicrophone() {
        return virtualMicrophone().isPresent();
    }

    @Override
    public void playTone(double hz, double fractionOfFullScale) {
        microphone().playTone(hz, fractionOfFullScale);
    }

    @Override
    public void silence() {
        virtualMicrophone().ifPresent(VirtualMicrophone::silence);
    }

    @Override
    public void setMicrophoneAvailable(boolean available) {
        microphone().setAvailable(available);
    }

    @Override
    public long lastMuteAppliedNanos() {
        return virtualMicrophone().map(VirtualMicrophone::lastMuteAppliedNanos).orElse(0L);
    }

    @Override
    public Optional<HeardAudio> receivedAudio(String contactId) {
        return thread.call(() -> manager.session(contactId).flatMap(SoftphoneSession::peer).map(AgentPeer::meter));
    }

    @Override
    public Optional<HeardAudio> keptPeerAudio() {
        return thread.call(() -> manager.keptPeer().map(AgentPeer::meter));
    }

    @Override
    public Optional<String> localCandidateType(String contactId) {
        CompletableFuture<Optional<String>> type = thread.call(() -> manager.session(contactId)
                .flatMap(SoftphoneSession::peer).map(peer -> peer.stats()
                        .thenApply(RtpStatsSampler::selectedLocalCandidateType))
                .orElse(CompletableFuture.completedFuture(Optional.empty())));
        try {
            return type.get(SessionThread.CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void setTrackEnabled(String contactId, boolean enabled) {
        thread.call(() -> {
            manager.session(contactId).flatMap(SoftphoneSession::peer).orElseThrow().setSending(enabled);
            return null;
        });
    }

    @Override
    public boolean hasPersistentConnection() {
        return thread.call(() -> manager.keptPeer().isPresent());
    }

    @Override
    public int peerConnectionsOpened() {
        return AgentPeer.opened();
    }

    private Optional<VirtualMicrophone> virtualMicrophone() {
        return thread.call(() -> manager.stack().virtualMicrophone());
    }

    private VirtualMicrophone microphone() {
        return virtualMicrophone().orElseThrow(() -> new IllegalStateException(
                "the softphone uses the platform's audio: no virtual microphone"));
    }
}
