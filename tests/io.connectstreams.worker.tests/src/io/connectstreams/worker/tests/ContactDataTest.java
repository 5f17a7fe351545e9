/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.VoiceConnection;
import io.connectstreams.api.event.BackendError;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactAttribute;
import io.connectstreams.api.model.ContactFeatures;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Reference;
import io.connectstreams.api.model.ReferenceType;
import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;

/**
 * Every contact and connection getter of issue 13 over HTTPS: a signed-in session reads a snapshot shaped as the
 * CTI model (a task, a barged call, a consult call, a supervisor's silent monitoring) through the public API.
 */
class ContactDataTest {

    private CtiTlsSession session;

    @BeforeEach
    void signIn() throws Exception {
        session = new CtiTlsSession("contact-data.json");
    }

    @AfterEach
    void signOut() throws Exception {
        session.close();
    }

    @Test
    void aTaskCarriesItsNameDescriptionReferencesAndSegmentAttributes() {
        Contact task = session.contact("task-1");
        assertEquals(ContactType.TASK, task.getType());
        assertEquals(List.of(task.getContactId()),
                session.agent.getContacts(ContactType.TASK).stream().map(Contact::getContactId).toList());
        assertEquals(Optional.of("Call back Mr. Smith"), task.getName());
        assertEquals(Optional.of("Wants the invoice of order O-42"), task.getDescription());
        Map<String, Reference> references = task.getReferences();
        assertEquals(new Reference(ReferenceType.URL, "https://crm.example.com/orders/O-42", null, null, null),
                references.get("crm"));
        assertEquals(new Reference(ReferenceType.ATTACHMENT, "invoice.pdf", "arn:attachment/1", "APPROVED", null),
                references.get("invoice"));
        assertEquals(ReferenceType.UNKNOWN, references.get("future").type(), "a type of a newer service");
        assertEquals(Optional.of("connect:Task"), task.getContactSubtype());
        assertEquals("billing", task.getSegmentAttributes().get("custom:Team").valueString());
        assertEquals(new ContactAttribute("orderId", "O-42"), task.getAttributes().get("orderId"));
        assertEquals(new ContactAttribute("Priority", ""), task.getAttributes().get("priority"),
                "the name is kept apart from the key; a null value reads as empty");
        assertEquals(EndpointType.PHONE_NUMBER, task.getConnectSystemEndpoint().orElseThrow().type());
        assertEquals("+18005550100", task.getConnectSystemEndpoint().orElseThrow().phoneNumber());
        assertEquals(new ContactFeatures(true, false, true, true, "STARTED"), task.getContactFeatures());
        assertTrue(task.isMultiPartyConferenceEnabled());
        assertEquals(Optional.of(Duration.ofSeconds(42)), task.getContactDuration());
        assertEquals(Optional.of("task-0"), task.getInitialContactId());
        assertEquals(Optional.of("task-0"), task.getOriginalContactId());
        assertEquals(Optional.of("call-7"), task.getRelatedContactId());
        assertEquals(Optional.of("assoc-1"), task.getContactAssociationId());
        assertEquals(Optional.of(Instant.ofEpochSecond(1646369080, 500_000_000)), task.getQueueTimestamp());
        assertEquals(ContactInitiationMethod.API, task.getInitiationMethod());
        assertTrue(task.isInbound(), "a task not initiated outbound is inbound, as in Streams");
        assertFalse(task.isSoftphoneCall());
        assertFalse(((VoiceConnection) task.getAgentConnection().orElseThrow()).isMute(), "mute: null reads as false");
    }

    @Test
    void membersTheServiceLeftOutAreEmptyNotNull() {
        Contact call = session.contact("call-8");
        assertEquals(Optional.empty(), call.getName());
        assertEquals(Optional.empty(), call.getDescription());
        assertEquals(Map.of(), call.getReferences());
        assertEquals(Map.of(), call.getSegmentAttributes());
        assertEquals(Optional.empty(), call.getContactSubtype());
        assertEquals(Map.of(), call.getAttributes());
        assertEquals(Optional.empty(), call.getConnectSystemEndpoint());
        assertSame(ContactFeatures.NONE, call.getContactFeatures());
        assertFalse(call.isMultiPartyConferenceEnabled());
        assertEquals(Optional.empty(), call.getContactDuration());
        assertEquals(Optional.empty(), call.getInitialContactId());
        assertEquals(Optional.empty(), call.getRelatedContactId());
        assertEquals(Optional.empty(), call.getContactAssociationId());
        assertEquals(Optional.empty(), call.getQueueTimestamp());
        VoiceConnection agent = (VoiceConnection) call.getAgentConnection().orElseThrow();
        assertEquals(Optional.empty(), agent.getMonitorInfo());
        assertEquals(Optional.empty(), agent.getMonitorStatus());
        assertEquals(List.of(), agent.getMonitorCapabilities());
        assertFalse(agent.isSilentMonitorEnabled());
        assertFalse(agent.isBargeEnabled());
    }

    @Test
    void aBargingSupervisorPutsTheContactUnderSupervision() {
        Contact call = session.contact("call-7");
        assertEquals(Optional.of("connect:Telephony"), call.getContactSubtype());
        assertEquals("call-7-customer", call.getActiveInitialConnection().map(Connection::getConnectionId).orElseThrow());
        assertEquals(3, call.getActiveConnections().size());
        assertFalse(call.hasTwoActiveParticipants());
        assertTrue(call.isUnderSupervision());
        VoiceConnection supervisor = (VoiceConnection) call.getConnections().stream()
                .filter(c -> c.getType() == ConnectionType.MONITORING).findFirst().orElseThrow();
        assertEquals(Optional.of(MonitoringMode.BARGE), supervisor.getMonitorStatus());
        assertTrue(supervisor.isBarge());
        assertFalse(supervisor.isSilentMonitor());
        assertEquals(List.of(MonitoringMode.SILENT_MONITOR, MonitoringMode.BARGE, MonitoringMode.UNKNOWN),
                supervisor.getMonitorCapabilities(), "a mode of a newer service stays typed");
        assertTrue(supervisor.isSilentMonitorEnabled());
        assertTrue(supervisor.isBargeEnabled());
        assertEquals("Sam Supervisor", supervisor.getMonitorInfo().orElseThrow().agentName());
        assertEquals(Instant.ofEpochSecond(1646369074, 500_000_000),
                supervisor.getMonitorInfo().orElseThrow().joinTimeStamp());
    }

    @Test
    void aConsultCallHasOneActiveThirdPartyAndNoActiveInitialConnection() {
        Contact call = session.contact("call-8");
        assertEquals(Optional.empty(), call.getActiveInitialConnection(), "the customer hung up");
        Connection consult = call.getSingleActiveThirdPartyConnection().orElseThrow();
        assertEquals("call-8-consult", consult.getConnectionId());
        assertEquals("Billing desk", ((VoiceConnection) consult).getQuickConnectName());
        assertTrue(call.hasTwoActiveParticipants());
        assertFalse(call.isUnderSupervision());
    }

    @Test
    void malformedMembersAreReportedByPathAndTheLastGoodContactKept() throws Exception {
        Contact task = session.contact("task-1");
        String good = CtiBackendTest.fixture("contact-data.json");
        List<String> bad = List.of(good.replace("\"type\": \"URL\"", "\"kind\": \"URL\""),
                good.replace("\"contactDuration\": \"42\"", "\"contactDuration\": \"soon\""),
                good.replace("\"monitorCapabilities\": [", "\"monitorCapabilities\": \"BARGE\", \"other\": ["),
                good.replace("\"ValueString\": \"connect:Task\"", "\"ValueString\": {}"));
        List<String> members = List.of("snapshot.contacts[0].references.crm.type is missing",
                "snapshot.contacts[0].contactDuration is not a whole number",
                "snapshot.contacts[1].connections[2].monitorCapabilities is not an array",
                "snapshot.contacts[0].segmentAttributes.connect:Subtype.ValueString is not a string");
        for (int i = 0; i < bad.size(); i++) {
            assertFalse(bad.get(i).equals(good), "the fixture edit " + i + " applies");
            session.recorder.take();
            session.server.script("GetAgentSnapshot", Answer.ok(bad.get(i)));
            String member = members.get(i);
            BusEvent error = session.recorder.await(e -> e.name().equals(StreamsEvents.BACKEND_ERROR)
                    && ((BackendError) e.data()).message().contains(member), CtiTlsSession.WAIT, member);
            assertFalse(((BackendError) error.data()).message().contains("soon"), "values never in messages");
            assertEquals(Optional.of("Call back Mr. Smith"), task.getName(), "the last good data is kept");
        }
    }

    @Test
    void aSilentlyMonitoringSupervisorIsNotUnderSupervision() {
        Contact monitored = session.contact("monitor-1");
        assertEquals(ContactInitiationMethod.MONITOR, monitored.getInitiationMethod());
        assertFalse(monitored.isUnderSupervision());
        VoiceConnection own = (VoiceConnection) monitored.getAgentConnection().orElseThrow();
        assertEquals(ConnectionType.MONITORING, own.getType());
        assertTrue(own.isSilentMonitor());
        assertEquals(Optional.of(MonitoringMode.SILENT_MONITOR), own.getMonitorStatus());
        assertTrue(own.isActive());
        assertTrue(own.isBargeEnabled());
        assertEquals("Jane Doe", own.getMonitorInfo().orElseThrow().agentName());
    }
}
