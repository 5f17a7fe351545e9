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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.connectstreams.api.model.AgentAvailState;
import io.connectstreams.api.model.AgentErrorState;
import io.connectstreams.api.model.AgentPermission;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ClickType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.LogComponent;
import io.connectstreams.api.model.MediaType;
import io.connectstreams.api.model.MonitoringErrorType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.ReferenceType;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.WireValue;
import io.connectstreams.api.softphone.SoftphoneErrorType;

/**
 * Every wire enumeration carries exactly the values of the Streams brief (§1a.5), in order, and maps anything else
 * to UNKNOWN instead of failing.
 */
class WireEnumTest {

    static Stream<Arguments> enumerations() {
        return Stream.of(
                Arguments.of(AgentStateType.class, List.of("init", "routable", "not_routable", "offline", "system",
                        "error")),
                Arguments.of(AgentAvailState.class, List.of("Init", "Busy", "AfterCallWork", "CallingCustomer",
                        "Dialing", "Joining", "PendingAvailable", "PendingBusy")),
                Arguments.of(AgentErrorState.class, List.of("Error", "AgentHungUp", "BadAddressAgent",
                        "BadAddressCustomer", "Default", "FailedConnectAgent", "FailedConnectCustomer", "InvalidLocale",
                        "LineEngagedAgent", "LineEngagedCustomer", "MissedCallAgent", "MissedCallCustomer",
                        "MultipleCcpWindows", "RealtimeCommunicationError")),
                Arguments.of(EndpointType.class, List.of("phone_number", "agent", "queue")),
                Arguments.of(ConnectionType.class, List.of("agent", "inbound", "outbound", "monitoring")),
                Arguments.of(ConnectionStateType.class, List.of("init", "connecting", "connected", "hold",
                        "disconnected", "silent_monitor", "barge")),
                Arguments.of(ContactStateType.class, List.of("init", "incoming", "pending", "connecting", "connected",
                        "missed", "error", "ended", "rejected", "paused")),
                Arguments.of(ContactType.class, List.of("voice", "queue_callback", "chat", "task", "email")),
                Arguments.of(ContactInitiationMethod.class, List.of("inbound", "outbound", "transfer",
                        "queue_transfer", "callback", "api", "disconnect", "webrtc_api", "agent_reply",
                        "campaign_preview", "external_outbound", "monitor", "flow", "callback_customer_first_queued",
                        "callback_customer_first_dialed")),
                Arguments.of(MonitoringMode.class, List.of("SILENT_MONITOR", "BARGE")),
                Arguments.of(MonitoringErrorType.class, List.of("invalid_target_state")),
                Arguments.of(ReferenceType.class, List.of("URL", "ATTACHMENT", "NUMBER", "STRING", "DATE", "EMAIL",
                        "EMAIL_MESSAGE")),
                Arguments.of(ChannelType.class, List.of("VOICE", "CHAT", "TASK")),
                Arguments.of(MediaType.class, List.of("softphone", "chat", "task", "email")),
                Arguments.of(SoftphoneCallType.class, List.of("audio_video", "video_only", "audio_only", "none")),
                Arguments.of(ClickType.class, List.of("Accept", "Reject", "Hangup")),
                Arguments.of(AgentPermission.class, List.of("outboundCall", "voiceId")),
                Arguments.of(LogComponent.class, List.of("ccp", "softphone", "chat", "task")),
                Arguments.of(SoftphoneErrorType.class, List.of("unsupported_browser", "microphone_not_shared",
                        "signalling_handshake_failure", "signalling_connection_failure", "ice_collection_timeout",
                        "user_busy_error", "webrtc_error", "realtime_communication_error",
                        "vdi_strategy_not_supported", "vdi_redir_not_supported", "other",
                        "multiple_softphone_active_sessions", "audio_enhancement_failure")));
    }

    @ParameterizedTest
    @MethodSource("enumerations")
    void wireValuesAreExactlyTheBriefs(Class<? extends Enum<?>> type, List<String> expected) {
        List<String> actual = Arrays.stream(type.getEnumConstants()).map(c -> ((WireValue) c).wireValue())
                .filter(Objects::nonNull).toList();
        assertEquals(expected, actual, type.getSimpleName());
        Enum<?> last = type.getEnumConstants()[type.getEnumConstants().length - 1];
        assertEquals("UNKNOWN", last.name(), type.getSimpleName() + " must end with UNKNOWN");
        assertNull(((WireValue) last).wireValue());
    }

    @ParameterizedTest
    @MethodSource("enumerations")
    void everyWireValueMapsBackAndUnknownValuesDoNotFail(Class<? extends Enum<?>> type, List<String> expected)
            throws ReflectiveOperationException {
        Method fromWire = type.getMethod("fromWire", String.class);
        for (Enum<?> constant : type.getEnumConstants()) {
            String wire = ((WireValue) constant).wireValue();
            if (wire != null) {
                assertSame(constant, fromWire.invoke(null, wire));
            }
        }
        Object unknown = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals("UNKNOWN")).findFirst()
                .orElseThrow();
        assertSame(unknown, fromWire.invoke(null, "a value from a newer service"));
        assertSame(unknown, fromWire.invoke(null, (Object) null));
        assertSame(unknown, fromWire.invoke(null, expected.get(0).toUpperCase() + "_"));
    }
}
