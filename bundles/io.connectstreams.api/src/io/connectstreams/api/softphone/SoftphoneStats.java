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

import java.util.List;

/**
 * Payload of {@code softphone_stats}: the per-second audio statistics of one softphone session since the previous
 * publication (the softphone publishes every 30 s and at the session's end, as Streams' stats job does).
 *
 * @param contactId the contact
 * @param agentConnectionId the agent connection of the session
 * @param stats the statistics, input and output, oldest first
 */
public record SoftphoneStats(String contactId, String agentConnectionId, List<RtpStreamStats> stats) {

    /** Copies the statistics. */
    public SoftphoneStats {
        stats = stats == null ? List.of() : List.copyOf(stats);
    }
}
