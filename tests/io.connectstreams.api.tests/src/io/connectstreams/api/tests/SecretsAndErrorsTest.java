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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.AccessDeniedException;
import io.connectstreams.api.BadEndpointException;
import io.connectstreams.api.BadRequestException;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.InvalidAgentArnException;
import io.connectstreams.api.InvalidStateException;
import io.connectstreams.api.QuotaExceededException;
import io.connectstreams.api.ServiceUnavailableException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;
import io.connectstreams.api.softphone.IceServer;
import io.connectstreams.api.softphone.SoftphoneErrorType;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.spi.WebSocketTransport;

/**
 * Secrets never show in {@code toString}; service errors map to typed exceptions; event names map to EventAdmin
 * topics.
 */
class SecretsAndErrorsTest {

    private static final String SECRET = "s3cr3t-value";

    @Test
    void credentialsAndTokensAreRedacted() {
        List<Object> holders = List.of(Credentials.sessionCookie("lily-auth-prod", SECRET),
                Credentials.accessToken(SECRET, Instant.EPOCH),
                new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, SECRET, SECRET,
                        "{\"token\":\"" + SECRET + "\"}"),
                new IceServer(List.of("turn:10.0.0.1:3478"), SECRET, SECRET),
                new WebSocketTransport(URI.create("wss://127.0.0.1:8443/ws?token=" + SECRET), 300, Instant.EPOCH));
        for (Object holder : holders) {
            assertFalse(holder.toString().contains(SECRET), holder.getClass().getSimpleName() + ": " + holder);
        }
        assertTrue(holders.get(4).toString().contains("wss://127.0.0.1:8443/ws?<redacted>"));
    }

    @Test
    void emptyCredentialsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Credentials.sessionCookie("name", ""));
        assertThrows(IllegalArgumentException.class, () -> Credentials.accessToken("", Instant.EPOCH));
    }

    @Test
    void serviceErrorsMapToTypedExceptions() {
        assertInstanceOf(InvalidStateException.class,
                StreamsException.fromServiceError("InvalidStateException", "not offered", 400));
        assertInstanceOf(BadEndpointException.class,
                StreamsException.fromServiceError("com.amazonaws.connect#BadEndpointException", "bad", 400));
        assertInstanceOf(InvalidAgentArnException.class,
                StreamsException.fromServiceError("InvalidAgentARNException", null, 400));
        assertInstanceOf(QuotaExceededException.class,
                StreamsException.fromServiceError("QuotaExceededException", "too many", 400));
        assertInstanceOf(UnauthorizedException.class, StreamsException.fromServiceError(null, null, 401));
        assertInstanceOf(AccessDeniedException.class, StreamsException.fromServiceError("Whatever", "no", 403));
        assertInstanceOf(ServiceUnavailableException.class, StreamsException.fromServiceError(null, null, 503));
        assertInstanceOf(ServiceUnavailableException.class,
                StreamsException.fromServiceError("ThrottlingException", "slow down", 429));
        StreamsException validation = StreamsException.fromServiceError("ValidationException", "contactId", 400);
        assertInstanceOf(BadRequestException.class, validation);
        assertEquals("ValidationException", validation.errorType());
        assertEquals(400, validation.statusCode());
        assertEquals("HTTP 401", StreamsException.fromServiceError(null, " ", 401).getMessage());
    }

    @Test
    void rtcFailureReasonsMapToStreamsSoftphoneErrors() {
        assertEquals(SoftphoneErrorType.MICROPHONE_NOT_SHARED,
                SoftphoneFailureReason.fromWire("GUM Timeout Failure").errorType().orElseThrow());
        assertEquals(SoftphoneErrorType.USER_BUSY_ERROR,
                SoftphoneFailureReason.fromWire("User Busy").errorType().orElseThrow());
        assertEquals(SoftphoneErrorType.WEBRTC_ERROR,
                SoftphoneFailureReason.fromWire("No Remote ICE Candidate").errorType().orElseThrow());
        assertTrue(SoftphoneFailureReason.CALL_NOT_FOUND.errorType().isEmpty());
        assertEquals(SoftphoneErrorType.WEBRTC_ERROR,
                SoftphoneFailureReason.fromWire("something new").errorType().orElseThrow());
    }

    @Test
    void eventNamesMapToValidEventAdminTopics() {
        assertEquals("io/connectstreams/agent/mute_toggle", EventTopics.of("agent::mute_toggle"));
        assertEquals(EventTopics.AGENT_MUTE_TOGGLE, EventTopics.of("agent::mute_toggle"));
        assertEquals("io/connectstreams/contact/connected/f21dcc79-1",
                EventTopics.of("contact::connected::f21dcc79-1"));
        assertEquals("io/connectstreams/api_metric", EventTopics.of("api_metric"));
        assertEquals("io/connectstreams/connect/loginPopup", EventTopics.of("connect::loginPopup"));
        assertEquals("io/connectstreams/a_b/_/c", EventTopics.of("a.b::::c"));
        assertEquals("io/connectstreams/_", EventTopics.of(""));
        assertEquals("io/connectstreams/x/_", EventTopics.of("x::"));
    }

    @Test
    void theTopicConstantsAreTheTopicsOfTheirEvents() {
        assertEquals(EventTopics.of(AgentEvents.REFRESH), EventTopics.AGENT_REFRESH);
        assertEquals(EventTopics.of(AgentEvents.STATE_CHANGE), EventTopics.AGENT_STATE_CHANGE);
        assertEquals(EventTopics.of(AgentEvents.MUTE_TOGGLE), EventTopics.AGENT_MUTE_TOGGLE);
        assertEquals(EventTopics.of(AgentEvents.SOFTPHONE_ERROR), EventTopics.AGENT_SOFTPHONE_ERROR);
        assertEquals(EventTopics.of(ContactEvents.CONNECTING), EventTopics.CONTACT_CONNECTING);
        assertEquals(EventTopics.of(ContactEvents.INCOMING), EventTopics.CONTACT_INCOMING);
        assertEquals(EventTopics.of(EventType.SOFTPHONE_STATS), EventTopics.SOFTPHONE_STATS);
        assertEquals(EventTopics.of(StreamsEvents.CONNECTION_STATUS), EventTopics.CONNECTION_STATUS);
        assertEquals(EventTopics.of(StreamsEvents.SOFTPHONE_LIVE_STATS), EventTopics.SOFTPHONE_LIVE_STATS);
    }
}
