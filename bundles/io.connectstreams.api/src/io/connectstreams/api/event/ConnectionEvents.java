package io.connectstreams.api.event;

import java.util.List;

/**
 * Streams' {@code connect.ConnectionEvents} (also exported under the misspelled alias {@code ConnnectionEvents}).
 */
public final class ConnectionEvents {

    /** {@code "connection::session_init"}. */
    public static final String SESSION_INIT = "connection::session_init";

    /** {@code "connection::ready_to_start_session"}. */
    public static final String READY_TO_START_SESSION = "connection::ready_to_start_session";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(SESSION_INIT, READY_TO_START_SESSION);

    private ConnectionEvents() {
    }
}
