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

import java.util.Optional;

/**
 * Where the agent's microphone and speaker choices are kept across restarts.
 */
public interface DevicePreferences {

    /**
     * @return the saved microphone id
     */
    Optional<String> microphone();

    /**
     * @param deviceId the microphone id to save
     */
    void microphone(String deviceId);

    /**
     * @return the saved speaker id
     */
    Optional<String> speaker();

    /**
     * @param deviceId the speaker id to save
     */
    void speaker(String deviceId);
}
