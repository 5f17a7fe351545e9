package io.connectstreams.api.event;

/**
 * The state of the link between this client and the contact-center back end, as an agent sees it.
 */
public enum ConnectionStatus {
    /** Not initialized, terminated, or the session was refused (authorization failed for good). */
    SIGNED_OUT,
    /** Authorizing and waiting for the first snapshot. */
    CONNECTING,
    /** Snapshots arrive. */
    CONNECTED,
    /** The back end stopped answering or refused the token; the client keeps retrying. */
    RECONNECTING
}
