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
