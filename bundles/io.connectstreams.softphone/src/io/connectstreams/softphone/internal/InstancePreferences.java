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

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.log.Logger;
import org.osgi.service.prefs.BackingStoreException;

import io.connectstreams.softphone.internal.session.DevicePreferences;

/**
 * The device choice in the workspace's instance preferences ({@code InstanceScope}, node
 * {@value #NODE}), as the rest of the product keeps its settings. A runtime without an instance area (a bare OSGi
 * framework) keeps the choice in memory for the life of the process.
 */
final class InstancePreferences implements DevicePreferences {

    /** The preference node. */
    static final String NODE = "io.connectstreams.softphone";
    static final String MICROPHONE = "microphoneDevice";
    static final String SPEAKER = "speakerDevice";

    private final Logger logger;
    private final Map<String, String> memory = new ConcurrentHashMap<>();

    InstancePreferences(Logger logger) {
        this.logger = logger;
    }

    @Override
    public Optional<String> microphone() {
        return get(MICROPHONE);
    }

    @Override
    public void microphone(String deviceId) {
        put(MICROPHONE, deviceId);
    }

    @Override
    public Optional<String> speaker() {
        return get(SPEAKER);
    }

    @Override
    public void speaker(String deviceId) {
        put(SPEAKER, deviceId);
    }

    private Optional<String> get(String key) {
        try {
            return Optional.ofNullable(node().get(key, memory.get(key)));
        } catch (RuntimeException e) {
            return Optional.ofNullable(memory.get(key));
        }
    }

    private void put(String key, String value) {
        memory.put(key, value);
        try {
            IEclipsePreferences node = node();
            node.put(key, value);
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            logger.warn("the audio device choice is kept for this run only: {}", e.toString());
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
