/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.log.Logger;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The saved ringer device and volume, in the Eclipse instance preferences (the workspace's
 * {@code .metadata/.plugins/org.eclipse.core.runtime/.settings/<node>.prefs}), where an RCP application keeps its
 * other settings and its preference pages can show them. When they cannot be saved (no instance location) the
 * choice still applies until the application stops.
 */
public final class RingerPreferences {

    /** The preference node of the service. */
    public static final String NODE = "io.connectstreams.ringtone";

    /** Key of the ringer device id. */
    public static final String DEVICE_KEY = "ringerDevice";

    /** Key of the volume, 0 to 1. */
    public static final String VOLUME_KEY = "ringerVolume";

    private final String node;
    private final Logger logger;

    /**
     * @param node the preference node, {@link #NODE} in production
     * @param logger reports a failure to save
     */
    public RingerPreferences(String node, Logger logger) {
        this.node = Objects.requireNonNull(node, "node");
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * @return the saved device id
     */
    public Optional<String> device() {
        try {
            return Optional.ofNullable(preferences().get(DEVICE_KEY, null));
        } catch (RuntimeException e) {
            logger.warn("cannot read the ringer preferences: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * @param fallback the volume when none is saved or the saved one is invalid
     * @return the saved volume
     */
    public float volume(float fallback) {
        try {
            float saved = preferences().getFloat(VOLUME_KEY, fallback);
            return saved >= 0 && saved <= 1 ? saved : fallback;
        } catch (RuntimeException e) {
            logger.warn("cannot read the ringer preferences: {}", e.toString());
            return fallback;
        }
    }

    /**
     * @param deviceId the device id to save
     */
    public void saveDevice(String deviceId) {
        save(DEVICE_KEY, deviceId);
    }

    /**
     * @param volume the volume to save
     */
    public void saveVolume(float volume) {
        save(VOLUME_KEY, Float.toString(volume));
    }

    private void save(String key, String value) {
        try {
            IEclipsePreferences preferences = preferences();
            preferences.put(key, value);
            preferences.flush();
        } catch (BackingStoreException | RuntimeException e) {
            logger.warn("cannot save the ringer preference {}: {}", key, e.toString());
        }
    }

    private IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(node);
    }
}
