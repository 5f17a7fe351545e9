/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.net.http.HttpClient;

import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.softphone.internal.media.AudioStack;

/**
 * What a {@link SoftphoneSession} needs from the softphone that runs it: the WebRTC stack and the microphone check,
 * the signaling client, the options of the configuration, the mute state, and the bookkeeping of local media and of
 * the sessions. Peer connections that outlive a call are the {@link PeerPool}'s. Called on the session thread only.
 */
interface SessionHost {

    /**
     * @return the WebRTC stack, created on first use
     * @throws IllegalStateException when webrtc-java is unavailable
     */
    AudioStack stack();

    /**
     * @return the HTTP client of the current configuration (its SSL context)
     */
    HttpClient http();

    /**
     * @return the opposite of Streams' {@code disableEchoCancellation}
     */
    boolean echoCancellation();

    /**
     * @return whether invites ask for a persistent peer connection
     */
    boolean persistentConnectionsWanted();

    /**
     * @return Streams' microphone check, on the selected microphone
     */
    MicrophoneCheck checkMicrophone();

    /**
     * @param session a session that has opened the microphone
     */
    void localMediaStarted(SoftphoneSession session);

    /**
     * @param session a session whose local media ended
     */
    void localMediaEnded(SoftphoneSession session);

    /**
     * @return whether the agent is muted now
     */
    boolean muted();

    /**
     * @param session a session whose state changed
     */
    void stateChanged(SoftphoneSession session);

    /**
     * @param session a session that reached a final state
     */
    void ended(SoftphoneSession session);
}
