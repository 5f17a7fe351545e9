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
