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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * The ringer devices: Java Sound mixers with a {@link SourceDataLine} in one of the accepted formats. Listed afresh
 * on every call, so a headset plugged in later is found. Java Sound reports a missing device with
 * {@link IllegalArgumentException} (no line matches) or {@link LineUnavailableException}; both become a
 * {@link PlaybackException}, never an exception of Java Sound. No platform's device names are assumed (ALSA's on
 * Linux, DirectSound's on Windows, Core Audio's on macOS): a device is whatever mixer can open a line in an accepted
 * format, its id is Java Sound's name for it, and the default is the first such mixer (Java Sound lists the
 * platform's default device first).
 */
public final class RingerDevices {

    private final List<AudioFormat> formats;

    /**
     * @param formats the line formats accepted, in order of preference
     */
    public RingerDevices(List<AudioFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * @return the devices, in Java Sound's order
     */
    public List<RingerDevice> list() {
        List<RingerDevice> devices = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        Mixer.Info[] infos;
        try {
            infos = AudioSystem.getMixerInfo();
        } catch (RuntimeException e) {
            return devices; // Java Sound without a working provider: no device
        }
        for (Mixer.Info info : infos) {
            Optional<AudioFormat> format = playableFormat(info);
            if (format.isPresent()) {
                int index = sameName.merge(info.getName(), 1, Integer::sum) - 1;
                devices.add(new RingerDevice(info.getName() + "#" + index, info, format.get(), devices.isEmpty()));
            }
        }
        return devices;
    }

    /**
     * @param id a device id
     * @return that device, if present now
     */
    public Optional<RingerDevice> find(String id) {
        return list().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * @param preferredId the chosen device, may be {@code null}
     * @return the chosen device if present, otherwise the system default
     * @throws PlaybackException when there is no device at all
     */
    public RingerDevice resolve(String preferredId) throws PlaybackException {
        List<RingerDevice> devices = list();
        if (devices.isEmpty()) {
            throw new PlaybackException("no audio output device can play the ringtone", true, null);
        }
        return devices.stream().filter(d -> d.id().equals(preferredId)).findFirst().orElse(devices.get(0));
    }

    /**
     * Opens a line on a device.
     *
     * @param device the device
     * @param bufferBytes the line's buffer
     * @return the open line, not started
     * @throws PlaybackException when the device refuses the line
     */
    public SourceDataLine open(RingerDevice device, int bufferBytes) throws PlaybackException {
        Objects.requireNonNull(device, "device");
        try {
            Mixer mixer = AudioSystem.getMixer(device.info());
            SourceDataLine line = (SourceDataLine) mixer.getLine(new DataLine.Info(SourceDataLine.class,
                    device.format()));
            line.open(device.format(), bufferBytes);
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | IllegalStateException
                | SecurityException e) {
            throw new PlaybackException("ringer device " + device.id() + " refused the line: " + e.getMessage(),
                    false, e);
        }
    }

    private Optional<AudioFormat> playableFormat(Mixer.Info info) {
        try {
            Mixer mixer = AudioSystem.getMixer(info);
            for (AudioFormat format : formats) {
                if (mixer.isLineSupported(new DataLine.Info(SourceDataLine.class, format))) {
                    return Optional.of(format);
                }
            }
        } catch (IllegalArgumentException | SecurityException e) {
            // a mixer that vanished or may not be used is no ringer device
        }
        return Optional.empty();
    }
}
