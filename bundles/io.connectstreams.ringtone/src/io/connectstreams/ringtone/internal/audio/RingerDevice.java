/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal.audio;

import java.util.Objects;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Mixer;

import io.connectstreams.api.softphone.AudioDevice;

/**
 * A Java Sound mixer that can play a ringtone, with the line format chosen for it.
 *
 * @param id the stable id: the mixer's name, {@code #}, and its index among mixers of that name
 * @param info the mixer
 * @param format the line format it plays
 * @param systemDefault whether Java Sound would pick it by default (the first mixer that plays the format)
 */
public record RingerDevice(String id, Mixer.Info info, AudioFormat format, boolean systemDefault) {

    /** Validates. */
    public RingerDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(format, "format");
    }

    /**
     * @return the device as the API shows it
     */
    public AudioDevice toAudioDevice() {
        return new AudioDevice(id, info.getName(), AudioDevice.Kind.RINGER, systemDefault);
    }
}
