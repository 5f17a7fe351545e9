/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

import java.util.List;

/**
 * Events of this project that Streams does not have. They live in their own {@code streams::} namespace so
 * Streams' names stay byte-for-byte what Streams publishes.
 */
public final class StreamsEvents {

    /**
     * The link to the back end changed ({@link ConnectionStatusChange}): signed out, connecting, connected,
     * reconnecting.
     */
    public static final String CONNECTION_STATUS = "streams::connection_status";

    /**
     * The back end sent something unusable (malformed or truncated JSON, a response too large, missing fields) or
     * failed; the last good state is kept ({@link BackendError}).
     */
    public static final String BACKEND_ERROR = "streams::backend_error";

    /** A bus handler threw; payload {@link HandlerFailure}. Never published for a failure of its own handlers. */
    public static final String HANDLER_FAILURE = "streams::handler_failure";

    /** The ringtone cannot play (no audio device, unreadable file); payload {@link RingtoneUnavailable}. */
    public static final String RINGTONE_UNAVAILABLE = "streams::ringtone_unavailable";

    /** A softphone session changed state; payload {@code SoftphoneSessionInfo}. */
    public static final String SOFTPHONE_SESSION = "streams::softphone_session";

    /** An action on a contact or connection completed or failed; payload {@link ContactAction}. */
    public static final String CONTACT_ACTION = "streams::contact_action";

    /**
     * Every second of a talking softphone call, that second's statistics (payload {@code SoftphoneStats}, one entry
     * per direction), for live displays such as a call-quality indicator. {@code softphone_stats} keeps Streams'
     * batches of 30 s.
     */
    public static final String SOFTPHONE_LIVE_STATS = "streams::softphone_live_stats";

    // click-to-dial

    /**
     * The agent view's dial command refused a number before dialling (invalid, or of a country the agent may not
     * dial); payload {@code io.connectstreams.api.phone.NumberRefusedException}. The view shows why.
     */
    public static final String DIAL_REFUSED = "streams::dial_refused";

    /** Every name of this group. */
    public static final List<String> ALL = List.of(CONNECTION_STATUS, BACKEND_ERROR, HANDLER_FAILURE,
            RINGTONE_UNAVAILABLE, SOFTPHONE_SESSION, CONTACT_ACTION, SOFTPHONE_LIVE_STATS,
            DIAL_REFUSED);

    private StreamsEvents() {
    }
}
