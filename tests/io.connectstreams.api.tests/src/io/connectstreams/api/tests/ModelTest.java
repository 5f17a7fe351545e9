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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactAttribute;
import io.connectstreams.api.model.ContactFeatures;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.model.SegmentAttributeValue;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;

/**
 * The model's helpers behave as Streams' getters and predicates do.
 */
class ModelTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void phoneNumberEndpoints() {
        Endpoint endpoint = Endpoint.byPhoneNumber("+14255550100", "Front desk");
        assertEquals(EndpointType.PHONE_NUMBER, endpoint.type());
        assertEquals("Front desk", endpoint.name());
        assertEquals("+14255550100", Endpoint.byPhoneNumber("+14255550100").name());
        assertEquals("+14255550100",
                new Endpoint(null, EndpointType.PHONE_NUMBER, null, "sip:+14255550100@example.com", null, null)
                        .stripPhoneNumber());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.byPhoneNumber(" "));
    }

    @Test
    void contactPredicatesFollowStreams() {
        ContactSnapshot inboundSoftphone = voiceContact(ContactStateType.CONNECTING, ConnectionType.INBOUND, true);
        assertTrue(inboundSoftphone.isSoftphoneCall());
        assertTrue(inboundSoftphone.isInbound());
        assertTrue(inboundSoftphone.isActive());
        assertFalse(inboundSoftphone.isConnected());
        assertEquals("agent-1", inboundSoftphone.agentConnection().orElseThrow().connectionId());
        assertEquals("customer-1", inboundSoftphone.initialConnection().orElseThrow().connectionId());
        assertEquals(List.of(), inboundSoftphone.thirdPartyConnections());

        ContactSnapshot deskPhone = voiceContact(ContactStateType.ENDED, ConnectionType.OUTBOUND, false);
        assertFalse(deskPhone.isSoftphoneCall());
        assertFalse(deskPhone.isInbound());
        assertFalse(deskPhone.isActive());
    }

    @Test
    void connectionActivityFollowsStreams() {
        for (ConnectionStateType type : ConnectionStateType.values()) {
            ConnectionSnapshot connection = connection("c", ConnectionType.AGENT, type, false, null);
            boolean active = type == ConnectionStateType.CONNECTING || type == ConnectionStateType.CONNECTED
                    || type == ConnectionStateType.HOLD || type == ConnectionStateType.SILENT_MONITOR
                    || type == ConnectionStateType.BARGE;
            assertEquals(active, connection.isActive(), type.name());
            boolean connected = type == ConnectionStateType.CONNECTED || type == ConnectionStateType.SILENT_MONITOR
                    || type == ConnectionStateType.BARGE;
            assertEquals(connected, connection.isConnected(), type.name());
        }
    }

    @Test
    void durationsAreCorrectedByTheClockSkew() {
        // the back end's clock is 2 s ahead of ours
        AgentState available = new AgentState("arn:state/available", AgentStateType.ROUTABLE, "Available",
                T0.minusSeconds(10));
        AgentSnapshot snapshot = new AgentSnapshot(available, null, null, T0.plusSeconds(2), T0, List.of(),
                configuration());
        assertEquals(Duration.ofSeconds(2), snapshot.skew());
        assertEquals(Duration.ofSeconds(17), snapshot.stateDuration(T0.plusSeconds(5)));
        assertEquals(Duration.ZERO, snapshot.elapsedSince(T0.plusSeconds(60), T0));
        assertEquals(Duration.ZERO, snapshot.elapsedSince(null, T0));
    }

    @Test
    void channelConcurrencyDefaultsAsStreams() {
        RoutingProfile none = new RoutingProfile("Basic", "arn:rp", null, null, null);
        assertEquals(1, none.concurrency(ChannelType.VOICE));
        assertEquals(1, none.concurrency(ChannelType.CHAT));
        assertEquals(0, none.concurrency(ChannelType.TASK));
        RoutingProfile tasks = new RoutingProfile("Tasks", "arn:rp", null, null, Map.of("TASK", 5L));
        assertEquals(5, tasks.concurrency(ChannelType.TASK));
        assertEquals(0, tasks.concurrency(ChannelType.VOICE));
    }

    @Test
    void configurationLooksUpStatesAndLocale() {
        AgentConfiguration config = configuration();
        assertEquals("arn:state/offline", config.agentState("Offline").orElseThrow().agentStateArn());
        assertEquals("de_DE", config.locale().orElseThrow());
        assertEquals(List.of("arn:queue/basic"), config.allQueueArns());
    }

    @Test
    void agentErrorStatesAreRecognizedByName() {
        assertTrue(new AgentState(null, AgentStateType.NOT_ROUTABLE, "MissedCallAgent", T0).isError());
        assertTrue(new AgentState(null, AgentStateType.ERROR, "Whatever", T0).isError());
        assertFalse(new AgentState(null, AgentStateType.SYSTEM, "AfterCallWork", T0).isError());
    }

    static AgentConfiguration configuration() {
        Queue basic = new Queue("arn:queue/basic", "BasicQueue");
        return new AgentConfiguration("Jane Doe", "jane", true, false, null,
                new RoutingProfile("Basic", "arn:rp", basic, List.of(basic), null), Map.of("LANGUAGE", "de_DE"),
                "arn:agent/jane", List.of("outboundCall"),
                List.of(new AgentState("arn:state/available", AgentStateType.ROUTABLE, "Available", null),
                        new AgentState("arn:state/offline", AgentStateType.OFFLINE, "Offline", null)),
                List.of("US"));
    }

    @Test
    void aContactBuiltWithoutTheNewerMembersHasThemEmpty() {
        ContactSnapshot contact = voiceContact(ContactStateType.CONNECTED, ConnectionType.INBOUND, true);
        assertEquals(Map.of(), contact.references());
        assertEquals(Map.of(), contact.segmentAttributes());
        assertEquals(ContactFeatures.NONE, contact.contactFeatures());
        assertEquals(Optional.empty(), contact.contactSubtype());
        assertFalse(contact.isMultiPartyConferenceEnabled());
        assertFalse(contact.isUnderSupervision());
        assertEquals(List.of(), contact.connections().get(0).monitorCapabilities());
        assertEquals(new ContactAttribute("", ""), new ContactAttribute(null, null));
    }

    @Test
    void supervisionFollowsStreams() {
        ConnectionSnapshot agent = connection("agent-1", ConnectionType.AGENT, ConnectionStateType.CONNECTED, false,
                null);
        ConnectionSnapshot customer = connection("customer-1", ConnectionType.INBOUND, ConnectionStateType.CONNECTED,
                true, null);
        ConnectionSnapshot barging = new ConnectionSnapshot("contact-1", "supervisor-1", ConnectionType.MONITORING,
                false, new ConnectionState(ConnectionStateType.BARGE, T0), null, null, false, false, null,
                Arrays.asList(MonitoringMode.SILENT_MONITOR, null), MonitoringMode.BARGE,
                new MonitoringInfo("Sam", T0));
        ConnectionSnapshot listening = new ConnectionSnapshot("contact-1", "supervisor-1", ConnectionType.MONITORING,
                false, new ConnectionState(ConnectionStateType.SILENT_MONITOR, T0), null, null, false, false, null,
                null, MonitoringMode.SILENT_MONITOR);
        assertEquals(List.of(MonitoringMode.SILENT_MONITOR), barging.monitorCapabilities(), "nulls are dropped");
        assertTrue(withConnections(agent, customer, barging).isUnderSupervision());
        assertFalse(withConnections(agent, customer, listening).isUnderSupervision());
        assertEquals(Optional.of(customer), withConnections(agent, customer, barging).activeInitialConnection());
        assertTrue(withConnections(agent, customer).hasTwoActiveParticipants());
        assertEquals(Optional.of("connect:Telephony"), withConnections(agent).contactSubtype());
    }

    private static ContactSnapshot withConnections(ConnectionSnapshot... connections) {
        return new ContactSnapshot("contact-1", null, null, ContactType.VOICE,
                new ContactState(ContactStateType.CONNECTED, T0), null, null, null, null, null, null, null,
                List.of(connections), null, Duration.ofSeconds(3), null,
                Map.of(ContactSnapshot.SUBTYPE_ATTRIBUTE, new SegmentAttributeValue("connect:Telephony")), null, null);
    }

    private static ContactSnapshot voiceContact(ContactStateType state, ConnectionType initialType,
            boolean softphone) {
        SoftphoneMediaInfo media = softphone
                ? new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, null, "ctx-token", "{}")
                : null;
        return new ContactSnapshot("contact-1", null, null, ContactType.VOICE, new ContactState(state, T0), null,
                null, Map.of(), null, null, null, null,
                List.of(connection("agent-1", ConnectionType.AGENT, ConnectionStateType.CONNECTING, false, media),
                        connection("customer-1", initialType, ConnectionStateType.CONNECTED, true, null)));
    }

    private static ConnectionSnapshot connection(String id, ConnectionType type, ConnectionStateType state,
            boolean initial, SoftphoneMediaInfo media) {
        return new ConnectionSnapshot("contact-1", id, type, initial, new ConnectionState(state, T0), null, media,
                false, false, null, null, null);
    }
}
