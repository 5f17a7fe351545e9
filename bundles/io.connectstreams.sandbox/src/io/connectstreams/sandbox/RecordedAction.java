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
 * Something a client sent the sandbox that has no effect on the snapshot but is kept for tests and demos to read:
 * DTMF digits, softphone metrics and reports, client logs, contact issues, configuration updates, monitoring
 * requests, and the media events of the signaling endpoint.
 *
 * @param at when it arrived
 * @param agent the agent's username ({@code null} for media events without an agent)
 * @param action the operation or event ({@code SendDigits}, {@code SendSoftphoneCallReport}, {@code mediaStarted},
 *            ...)
 * @param contactId the contact, {@code null} when the action has none
 * @param detailJson what was sent, as JSON (request members without the {@code authentication} member)
 */
public record RecordedAction(Instant at, String agent, String action, String contactId, String detailJson) {
}
