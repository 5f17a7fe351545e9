/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.util.Optional;

import io.connectstreams.sandbox.AudioLevels;

/**
 * The caller side's audio, as the signaling endpoint measures it; the control API and tests read it.
 */
public interface CallerMedia {

    /**
     * @param contactId a contact id
     * @return the latest measurements of that call's audio while its media runs
     */
    Optional<AudioLevels> levels(String contactId);

    /**
     * @param monitoringConnectionId a supervisor's monitoring connection id
     * @return what the caller hears of that supervisor: levels while it barges, empty while it listens silently
     *         (nobody hears it) or has no media
     */
    default Optional<AudioLevels> monitorLevels(String monitoringConnectionId) {
        return Optional.empty();
    }
}
