package io.connectstreams.sandbox.internal.signaling;

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
