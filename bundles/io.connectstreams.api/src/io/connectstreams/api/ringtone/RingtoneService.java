/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.ringtone;

import java.util.List;
import java.util.Optional;

import io.connectstreams.api.softphone.AudioDevice;

/**
 * The ringtone engines, an OSGi service: they ring for incoming contacts on the ringer device (separate from the
 * speaker) and publish Streams' telemetry ({@code Ringtone Start}, {@code Ringtone Stop}, ...) as
 * {@code client_metric} events. Ringing needs no call from the application; this interface reports state and
 * chooses the device and volume.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface RingtoneService {

    /**
     * @return whether an output device exists to ring on
     */
    boolean isAvailable();

    /**
     * @return the devices a ringtone can play on
     */
    List<AudioDevice> ringerDevices();

    /**
     * @return the device ringtones play on
     */
    Optional<AudioDevice> selectedRingerDevice();

    /**
     * Selects and saves the ringer device; also reachable as Streams' {@code agent.setRingerDevice(id)}. Publishes
     * {@code configuration::ringer_device_changed}.
     *
     * @param deviceId one of {@link #ringerDevices()}
     * @throws IllegalArgumentException for an unknown id
     */
    void selectRingerDevice(String deviceId);

    /**
     * @return the volume, 0 (silent) to 1 (full)
     */
    float volume();

    /**
     * @param volume 0 (silent) to 1 (full)
     * @throws IllegalArgumentException outside that range
     */
    void setVolume(float volume);

    /**
     * @return the contact currently ringing
     */
    Optional<String> ringingContactId();
}
