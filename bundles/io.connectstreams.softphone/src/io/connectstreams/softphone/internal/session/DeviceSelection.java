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

import java.util.List;
import java.util.Optional;

import org.osgi.service.log.Logger;

import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.softphone.internal.media.AudioStack;

/**
 * The agent's choice of microphone and speaker: kept in the preferences, applied to the WebRTC stack when it
 * starts, before each call's microphone check (a device plugged in after the choice is picked up) and at once when
 * the agent chooses. Confined to the session thread.
 */
final class DeviceSelection {

    private final EventBus bus;
    private final Logger logger;
    private final DevicePreferences preferences;
    private String microphoneInUse;
    private String speakerInUse;

    DeviceSelection(EventBus bus, Logger logger, DevicePreferences preferences) {
        this.bus = bus;
        this.logger = logger;
        this.preferences = preferences;
    }

    /**
     * @return the saved microphone when present, else the system default
     */
    Optional<AudioDevice> microphone(AudioStack stack) {
        return selected(stack.microphones(), preferences.microphone());
    }

    /**
     * @return the saved speaker when present, else the system default
     */
    Optional<AudioDevice> speaker(AudioStack stack) {
        return selected(stack.speakers(), preferences.speaker());
    }

    /**
     * Selects, saves and applies a microphone; publishes {@code configuration::microphone_device_changed}.
     *
     * @param capturing whether a call captures now
     * @throws IllegalArgumentException for an unknown id
     */
    void selectMicrophone(AudioStack stack, String deviceId, boolean capturing) {
        AudioDevice device = find(stack.microphones(), deviceId);
        preferences.microphone(deviceId);
        stack.useMicrophone(device, capturing);
        microphoneInUse = deviceId;
        bus.trigger(ConfigurationEvents.MICROPHONE_DEVICE_CHANGED, new DeviceChange(deviceId));
    }

    /**
     * Selects, saves and applies a speaker; publishes {@code configuration::speaker_device_changed}.
     *
     * @param capturing whether a call plays out now
     * @throws IllegalArgumentException for an unknown id
     */
    void selectSpeaker(AudioStack stack, String deviceId, boolean capturing) {
        AudioDevice device = find(stack.speakers(), deviceId);
        preferences.speaker(deviceId);
        stack.useSpeaker(device, capturing);
        speakerInUse = deviceId;
        bus.trigger(ConfigurationEvents.SPEAKER_DEVICE_CHANGED, new DeviceChange(deviceId));
    }

    /** The saved devices, when present and not in use yet. */
    void applySaved(AudioStack stack, boolean capturing) {
        preferences.microphone().filter(id -> !id.equals(microphoneInUse))
                .flatMap(id -> stack.microphones().stream().filter(d -> d.id().equals(id)).findFirst())
                .ifPresent(device -> quietly(() -> {
                    stack.useMicrophone(device, capturing);
                    microphoneInUse = device.id();
                }));
        preferences.speaker().filter(id -> !id.equals(speakerInUse))
                .flatMap(id -> stack.speakers().stream().filter(d -> d.id().equals(id)).findFirst())
                .ifPresent(device -> quietly(() -> {
                    stack.useSpeaker(device, capturing);
                    speakerInUse = device.id();
                }));
    }

    /** The stack is disposed: nothing is in use. */
    void forget() {
        microphoneInUse = null;
        speakerInUse = null;
    }

    private void quietly(Runnable deviceChange) {
        try {
            deviceChange.run();
        } catch (RuntimeException e) {
            logger.warn("the saved audio device cannot be used: {}", e.getMessage());
        }
    }

    private static Optional<AudioDevice> selected(List<AudioDevice> devices, Optional<String> saved) {
        Optional<AudioDevice> chosen = saved.flatMap(id -> devices.stream().filter(d -> d.id().equals(id)).findFirst());
        return chosen.isPresent() ? chosen : devices.stream().filter(AudioDevice::systemDefault).findFirst();
    }

    private static AudioDevice find(List<AudioDevice> devices, String deviceId) {
        return devices.stream().filter(d -> d.id().equals(deviceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown device: " + deviceId));
    }
}
