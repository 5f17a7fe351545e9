package io.connectstreams.api.calllog;

/**
 * Who started a call.
 */
public enum CallDirection {
    /** The customer called in (or was transferred to the agent). */
    INBOUND,
    /** The agent called out. */
    OUTBOUND,
    /** A queued callback the agent took. */
    CALLBACK
}
