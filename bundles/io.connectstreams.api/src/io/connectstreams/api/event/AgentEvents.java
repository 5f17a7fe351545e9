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
 * Streams' {@code connect.AgentEvents}: agent events, published globally.
 */
public final class AgentEvents {

    /** {@code "agent::init"}. */
    public static final String INIT = "agent::init";

    /** {@code "agent::update"}. */
    public static final String UPDATE = "agent::update";

    /** {@code "agent::refresh"}. */
    public static final String REFRESH = "agent::refresh";

    /** {@code "agent::routable"}. */
    public static final String ROUTABLE = "agent::routable";

    /** {@code "agent::not_routable"}. */
    public static final String NOT_ROUTABLE = "agent::not_routable";

    /** {@code "agent::pending"}. */
    public static final String PENDING = "agent::pending";

    /** {@code "agent::contact_pending"}. */
    public static final String CONTACT_PENDING = "agent::contact_pending";

    /** {@code "agent::offline"}. */
    public static final String OFFLINE = "agent::offline";

    /** {@code "agent::error"}. */
    public static final String ERROR = "agent::error";

    /** {@code "agent::softphone_error"}. */
    public static final String SOFTPHONE_ERROR = "agent::softphone_error";

    /** {@code "agent::websocket_connection_lost"}. */
    public static final String WEBSOCKET_CONNECTION_LOST = "agent::websocket_connection_lost";

    /** {@code "agent::websocket_connection_gained"}. */
    public static final String WEBSOCKET_CONNECTION_GAINED = "agent::websocket_connection_gained";

    /** {@code "agent::state_change"}. */
    public static final String STATE_CHANGE = "agent::state_change";

    /** {@code "agent::acw"}. */
    public static final String ACW = "agent::acw";

    /** {@code "agent::mute_toggle"}. */
    public static final String MUTE_TOGGLE = "agent::mute_toggle";

    /** {@code "agent::local_media_stream_created"}. */
    public static final String LOCAL_MEDIA_STREAM_CREATED = "agent::local_media_stream_created";

    /** {@code "agent::enqueued_next_state"}. */
    public static final String ENQUEUED_NEXT_STATE = "agent::enqueued_next_state";

    /** {@code "agent::cleared_next_state"}. */
    public static final String CLEARED_NEXT_STATE = "agent::cleared_next_state";

    /** {@code "agent::fetch_agent_data_from_ccp"}. */
    public static final String FETCH_AGENT_DATA_FROM_CCP = "agent::fetch_agent_data_from_ccp";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(INIT, UPDATE, REFRESH, ROUTABLE, NOT_ROUTABLE, PENDING, CONTACT_PENDING, OFFLINE, ERROR, SOFTPHONE_ERROR, WEBSOCKET_CONNECTION_LOST, WEBSOCKET_CONNECTION_GAINED, STATE_CHANGE, ACW, MUTE_TOGGLE, LOCAL_MEDIA_STREAM_CREATED, ENQUEUED_NEXT_STATE, CLEARED_NEXT_STATE, FETCH_AGENT_DATA_FROM_CCP);

    private AgentEvents() {
    }
}
