package io.connectstreams.api.calllog;

/**
 * How a contact ended for the agent.
 */
public enum CallOutcome {
    /** The agent talked to the customer. */
    ANSWERED,
    /** The offer timed out. */
    MISSED,
    /** The agent rejected the offer. */
    REJECTED,
    /** The agent transferred it away. */
    TRANSFERRED,
    /** It failed (error state or softphone failure) before anyone talked. */
    FAILED,
    /** Still going on. */
    ONGOING
}
