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
