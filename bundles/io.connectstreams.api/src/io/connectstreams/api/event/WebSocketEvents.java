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
 * Streams' {@code connect.WebSocketEvents}: the CTI WebSocket transport.
 */
public final class WebSocketEvents {

    /** {@code "webSocket::init_failure"}. */
    public static final String INIT_FAILURE = "webSocket::init_failure";

    /** {@code "webSocket::connection_open"}. */
    public static final String CONNECTION_OPEN = "webSocket::connection_open";

    /** {@code "webSocket::connection_close"}. */
    public static final String CONNECTION_CLOSE = "webSocket::connection_close";

    /** {@code "webSocket::connection_error"}. */
    public static final String CONNECTION_ERROR = "webSocket::connection_error";

    /** {@code "webSocket::connection_gain"}. */
    public static final String CONNECTION_GAIN = "webSocket::connection_gain";

    /** {@code "webSocket::connection_lost"}. */
    public static final String CONNECTION_LOST = "webSocket::connection_lost";

    /** {@code "webSocket::subscription_update"}. */
    public static final String SUBSCRIPTION_UPDATE = "webSocket::subscription_update";

    /** {@code "webSocket::subscription_failure"}. */
    public static final String SUBSCRIPTION_FAILURE = "webSocket::subscription_failure";

    /** {@code "webSocket::all_message"}. */
    public static final String ALL_MESSAGE = "webSocket::all_message";

    /** {@code "webSocket::send"}. */
    public static final String SEND = "webSocket::send";

    /** {@code "webSocket::subscribe"}. */
    public static final String SUBSCRIBE = "webSocket::subscribe";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(INIT_FAILURE, CONNECTION_OPEN, CONNECTION_CLOSE, CONNECTION_ERROR, CONNECTION_GAIN, CONNECTION_LOST, SUBSCRIPTION_UPDATE, SUBSCRIPTION_FAILURE, ALL_MESSAGE, SEND, SUBSCRIBE);

    private WebSocketEvents() {
    }
}
