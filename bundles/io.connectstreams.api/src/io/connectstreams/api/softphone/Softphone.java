/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The softphone, an OSGi service: Streams' {@code SoftphoneManager}. It turns softphone voice contacts into
 * WebRTC audio without any call from the application; this interface reports its state and selects devices.
 * Muting goes through {@code Agent.mute()}/{@code unmute()} (the {@code mute} bus event), as in Streams; the
 * softphone owns the mute state and publishes {@code agent::mute_toggle}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Softphone {

    /**
     * @return whether the agent's outgoing audio is muted (local mute, not server-side participant mute)
     */
    boolean isMuted();

    /**
     * @return which audio path is in use
     */
    AudioModule audioModule();

    /**
     * @return the microphones
     */
    List<AudioDevice> microphones();

    /**
     * @return the speakers
     */
    List<AudioDevice> speakers();

    /**
     * @return the microphone in use
     */
    Optional<AudioDevice> selectedMicrophone();

    /**
     * @return the speaker in use
     */
    Optional<AudioDevice> selectedSpeaker();

    /**
     * Selects the microphone, saves the choice and applies it to a running call; mute is kept. Publishes
     * {@code configuration::microphone_device_changed}.
     *
     * @param deviceId one of {@link #microphones()}
     * @throws IllegalArgumentException for an unknown id
     */
    void selectMicrophone(String deviceId);

    /**
     * Selects the speaker, saves the choice and applies it to a running call. Publishes
     * {@code configuration::speaker_device_changed}.
     *
     * @param deviceId one of {@link #speakers()}
     * @throws IllegalArgumentException for an unknown id
     */
    void selectSpeaker(String deviceId);

    /**
     * Checks that a microphone can be opened, as Streams does before a call.
     *
     * @return the result
     */
    CompletionStage<MicrophoneCheck> checkMicrophone();

    /**
     * @return the sessions that are not over, one per agent connection
     */
    List<SoftphoneSessionInfo> sessions();
}
