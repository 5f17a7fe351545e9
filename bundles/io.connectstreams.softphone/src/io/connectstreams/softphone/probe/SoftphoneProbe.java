/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.probe;

import java.util.Optional;

/**
 * Test and benchmark access to the softphone's insides: the virtual microphone of the headless audio module, what
 * the agent hears, the path the media takes, the kept peer connection. The softphone registers this service only
 * when the framework property {@value #PROPERTY} is {@code true} (test runtimes set it); a product never has it.
 * <p>
 * Methods run on the softphone's session thread and wait for it (at most 5 s); they throw
 * {@link IllegalStateException} when the softphone is stopped or does not answer.
 */
public interface SoftphoneProbe {

    /** The framework property that registers the probe. */
    String PROPERTY = "io.connectstreams.softphone.probe";

    /**
     * @return whether the softphone runs on the headless audio module, whose microphone is virtual (creates the
     *         WebRTC stack)
     */
    boolean hasVirtualMicrophone();

    /**
     * The virtual microphone plays a sine tone instead of silence.
     *
     * @param hz the frequency
     * @param fractionOfFullScale the peak, 0 to 1
     * @throws IllegalStateException without a virtual microphone
     */
    void playTone(double hz, double fractionOfFullScale);

    /** The virtual microphone goes back to silence (nothing without one). */
    void silence();

    /**
     * @param available whether the virtual microphone can be opened (the check before a call fails without it)
     * @throws IllegalStateException without a virtual microphone
     */
    void setMicrophoneAvailable(boolean available);

    /**
     * @return {@link System#nanoTime()} when the last mute took effect at the virtual microphone (the first frame
     *         it silenced was asked for), 0 before the first mute or without a virtual microphone
     */
    long lastMuteAppliedNanos();

    /**
     * @param contactId a contact
     * @return what the agent hears of that contact's call, while its session runs
     */
    Optional<HeardAudio> receivedAudio(String contactId);

    /**
     * @return what the agent hears on the kept (persistent) peer connection, between calls too
     */
    Optional<HeardAudio> keptPeerAudio();

    /**
     * @param contactId a contact
     * @return the type of the local ICE candidate the contact's media uses ({@code host}, {@code relay}, ...)
     */
    Optional<String> localCandidateType(String contactId);

    /**
     * Enables or disables the microphone track of a contact's call, bypassing the mute state: how the browser mutes,
     * for the benchmark's comparison with muting at the source.
     *
     * @param contactId a talking contact
     * @param enabled whether the track sends
     */
    void setTrackEnabled(String contactId, boolean enabled);

    /**
     * @return whether a persistent peer connection is kept
     */
    boolean hasPersistentConnection();

    /**
     * @return how many peer connections this process has opened
     */
    int peerConnectionsOpened();
}
