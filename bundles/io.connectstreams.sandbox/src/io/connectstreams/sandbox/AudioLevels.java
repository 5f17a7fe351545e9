/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.time.Instant;

/**
 * Audio measured on the caller's side of one call, over the last 10 ms frame.
 *
 * @param contactId the contact
 * @param receivedRms RMS level (0 to 32767) of the agent's audio the caller received in the last frame
 * @param sentRms RMS level of the signal the caller plays to the agent
 * @param framesReceived 10 ms frames received from the agent so far
 * @param measuredAt when the last frame was measured
 */
public record AudioLevels(String contactId, double receivedRms, double sentRms, long framesReceived,
        Instant measuredAt) {
}
