/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

import java.time.Instant;

/**
 * A softphone session as seen from outside; payload of {@code streams::softphone_session}.
 *
 * @param contactId the contact
 * @param agentConnectionId the agent connection the session belongs to (one session per connection)
 * @param state the session state
 * @param failureReason why it failed, {@code null} unless {@link SoftphoneSessionState#FAILED}
 * @param startedAt when the session was created
 */
public record SoftphoneSessionInfo(String contactId, String agentConnectionId, SoftphoneSessionState state,
        SoftphoneFailureReason failureReason, Instant startedAt) {
}
