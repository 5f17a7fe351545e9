/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.ConnectionEvents;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MasterTopics;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.WebSocketEvents;

/**
 * Every event name is byte-for-byte the Streams brief's (§1b.1), and every constant of a group is in its ALL list.
 */
class EventNamesTest {

    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of(EventType.class, "", List.of("acknowledge", "ack_timeout", "init", "api_request",
                        "api_response", "auth_fail", "access_denied", "close", "configure", "log",
                        "download_log_from_ccp", "master_request", "master_response", "synchronize", "terminate",
                        "terminated", "send_logs", "reload_agent_configuration", "broadcast", "api_metric",
                        "client_metric", "softphone_stats", "softphone_report", "client_side_logs",
                        "server_bound_internal_log", "mute", "iframe_style", "iframe_retries_exhausted",
                        "update_connected_ccps", "outer_context_info", "media_device_request",
                        "media_device_response", "tab_id", "authorize_success", "authorize_retries_exhausted",
                        "cti_authorize_retries_exhausted", "click_stream_data", "set_quick_get_agent_snapshot_flag",
                        "api_proxy_request", "api_proxy_response", "request_configure", "cross_region_csm_config")),
                Arguments.of(MasterTopics.class, "connect::", List.of("loginPopup", "sendLogs", "softphone",
                        "ringtone", "metrics", "failover")),
                Arguments.of(AgentEvents.class, "agent::", List.of("init", "update", "refresh", "routable",
                        "not_routable", "pending", "contact_pending", "offline", "error", "softphone_error",
                        "websocket_connection_lost", "websocket_connection_gained", "state_change", "acw",
                        "mute_toggle", "local_media_stream_created", "enqueued_next_state", "cleared_next_state",
                        "fetch_agent_data_from_ccp")),
                Arguments.of(ContactEvents.class, "contact::", List.of("init", "refresh", "destroyed", "incoming",
                        "pending", "connecting", "connected", "missed", "acw", "view", "ended", "error", "accepted",
                        "invalid_state_transition", "screen_sharing_started", "screen_sharing_stopped",
                        "screen_sharing_error")),
                Arguments.of(ConfigurationEvents.class, "configuration::", List.of("configure",
                        "set_speaker_device", "set_microphone_device", "set_ringer_device", "speaker_device_changed",
                        "microphone_device_changed", "ringer_device_changed", "camera_device_changed",
                        "background_blur_changed")),
                Arguments.of(ConnectionEvents.class, "connection::", List.of("session_init",
                        "ready_to_start_session")),
                Arguments.of(WebSocketEvents.class, "webSocket::", List.of("init_failure", "connection_open",
                        "connection_close", "connection_error", "connection_gain", "connection_lost",
                        "subscription_update", "subscription_failure", "all_message", "send", "subscribe")));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void namesAreTheBriefsWithTheirPrefix(Class<?> group, String prefix, List<String> values) throws Exception {
        List<String> expected = values.stream().map(v -> prefix + v).toList();
        assertEquals(expected, group.getField("ALL").get(null), group.getSimpleName());
        assertEquals(expected, stringConstants(group), group.getSimpleName() + " constants");
    }

    @Test
    void ownEventsLiveInTheirOwnNamespace() throws Exception {
        List<String> names = stringConstants(StreamsEvents.class);
        assertEquals(names, StreamsEvents.ALL);
        names.forEach(n -> assertEquals("streams::", n.substring(0, 9), n));
        assertEquals(names.size(), new HashSet<>(names).size());
    }

    @Test
    void contactEventsAreScopedByContactId() {
        assertEquals("contact::connected::f21dcc79-1", ContactEvents.scoped(ContactEvents.CONNECTED, "f21dcc79-1"));
        assertEquals("::f21dcc79-1", ContactEvents.scopeSuffix("f21dcc79-1"));
        assertThrows(IllegalArgumentException.class, () -> ContactEvents.scoped(AgentEvents.REFRESH, "x"));
        assertThrows(IllegalArgumentException.class, () -> ContactEvents.scoped(ContactEvents.ENDED, ""));
    }

    private static List<String> stringConstants(Class<?> group) throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : group.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())
                    && Modifier.isPublic(field.getModifiers())) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
