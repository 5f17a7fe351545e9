/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;

/**
 * Supervisors over real HTTPS: the demo supervisor's permissions, the control API that starts monitoring, {@code
 * UpdateMonitorParticipantState} with each of its refusals in the CTI error shape, and leaving a monitored call.
 */
class MonitoringContractTest {

    private static final String CONTROL_KEY = "monitoring-test-key";

    private Sandbox sandbox;
    private CtiClient jane;
    private CtiClient sam;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().controlKey(CONTROL_KEY).calleesAnswerManually().start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        sam = CtiClient.signIn(sandbox, "sam", "sam-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** A call from the customer that jane has accepted; returns its contact id. */
    private String connectedCall() throws Exception {
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String contactId = sandbox.control().placeCall("+14255550100", null, "jane");
        jane.call("AcceptContact", "contactId", contactId).ok();
        return contactId;
    }

    private static JsonObject snapshot(CtiClient agent) throws Exception {
        return agent.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot");
    }

    private static String nextToken(CtiClient agent) throws Exception {
        return agent.call("GetAgentSnapshot", "timeout", "0").ok().json().get("nextToken").getAsString();
    }

    private static JsonArray connections(CtiClient agent, String contactId) throws Exception {
        for (JsonElement contact : snapshot(agent).getAsJsonArray("contacts")) {
            if (contact.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                return contact.getAsJsonObject().getAsJsonArray("connections");
            }
        }
        throw new AssertionError("no contact " + contactId);
    }

    private static List<String> types(JsonArray connections) {
        List<String> types = new ArrayList<>();
        for (JsonElement connection : connections) {
            types.add(connection.getAsJsonObject().get("type").getAsString() + ":"
                    + connection.getAsJsonObject().getAsJsonObject("state").get("type").getAsString());
        }
        return types;
    }

    private static String error(int status, CtiClient.Reply reply) {
        return ErrorShape.assertError(status, reply.status(), reply.body());
    }

    private HttpResponse<String> monitorByControl(String contactId, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUri().resolve("/control/contacts/" + contactId
                + "/monitor")).timeout(Duration.ofSeconds(10)).header(Sandbox.CONTROL_KEY_HEADER, CONTROL_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return jane.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoSupervisorMayMonitorAndBargeAndAnAgentMayNot() throws Exception {
        List<String> permissions = new ArrayList<>();
        sam.call("GetAgentPermissions").ok().json().getAsJsonArray("permissions")
                .forEach(permission -> permissions.add(permission.getAsString()));
        assertEquals(List.of("outboundCall", "ManagerListenIn", "ManagerBargeIn"), permissions);
        JsonArray janes = jane.call("GetAgentPermissions").ok().json().getAsJsonArray("permissions");
        assertEquals(1, janes.size());
        assertEquals("outboundCall", janes.get(0).getAsString());
        assertEquals("Sam Rivera", sam.call("GetAgentConfiguration").ok().json().getAsJsonObject("configuration")
                .get("name").getAsString());
    }

    @Test
    void silentMonitoringShowsOnlyInTheSupervisorsSnapshot() throws Exception {
        String contactId = connectedCall();
        String janesToken = nextToken(jane);
        JsonArray before = connections(jane, contactId);

        HttpResponse<String> started = monitorByControl(contactId, "{\"supervisor\":\"sam\"}");
        assertEquals(200, started.statusCode(), started.body());
        String connectionId = JsonParser.parseString(started.body()).getAsJsonObject().get("connectionId")
                .getAsString();

        JsonArray seen = connections(sam, contactId);
        assertEquals(List.of("monitoring:silent_monitor", "agent:connected", "inbound:connected"), types(seen));
        JsonObject monitor = seen.get(0).getAsJsonObject();
        assertEquals(connectionId, monitor.get("connectionId").getAsString());
        assertEquals("SILENT_MONITOR", monitor.get("monitorStatus").getAsString());
        assertEquals(List.of("SILENT_MONITOR", "BARGE"), strings(monitor.getAsJsonArray("monitorCapabilities")));
        assertEquals("Jane Doe", monitor.getAsJsonObject("monitoringInfo").getAsJsonObject("agent").get("agentName")
                .getAsString());
        assertTrue(monitor.getAsJsonObject("monitoringInfo").get("joinTimeStamp").getAsJsonPrimitive().isNumber());
        assertFalse(monitor.get("initial").getAsBoolean());
        assertEquals("agent", monitor.getAsJsonObject("endpoint").get("type").getAsString());
        // the supervisor's softphone gets a session of its own: its own token, no persistent peer connection
        JsonObject media = monitor.getAsJsonObject("softphoneMediaInfo");
        assertFalse(media.get("callContextToken").getAsString().isBlank());
        assertFalse(JsonParser.parseString(media.get("callConfigJson").getAsString()).getAsJsonObject()
                .get("persistentConnection").getAsBoolean(), "a session of its own");
        assertFalse(seen.get(1).getAsJsonObject().has("monitoringInfo"), "left out, not null");
        assertFalse(seen.get(1).getAsJsonObject().has("monitorStatus"), "only monitoring connections carry it");

        assertEquals(janesToken, nextToken(jane), "a silent monitor does not change the agent's snapshot");
        assertEquals(before, connections(jane, contactId));
        // the supervisor's own state is what it chose
        assertEquals("Offline", snapshot(sam).getAsJsonObject("state").get("name").getAsString());
    }

    @Test
    void bargingShowsTheSupervisorToTheAgentAndSilentHidesItAgain() throws Exception {
        String contactId = connectedCall();
        String connectionId = sandbox.control().monitor(contactId, "sam");

        sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE").ok();
        JsonArray seen = connections(sam, contactId);
        assertEquals(List.of("monitoring:barge", "agent:connected", "inbound:connected"), types(seen));
        assertEquals("BARGE", seen.get(0).getAsJsonObject().get("monitorStatus").getAsString());
        JsonArray janes = connections(jane, contactId);
        assertEquals(List.of("agent:connected", "inbound:connected", "monitoring:barge"), types(janes));
        JsonObject supervisor = janes.get(2).getAsJsonObject();
        assertEquals(connectionId, supervisor.get("connectionId").getAsString());
        assertEquals("BARGE", supervisor.get("monitorStatus").getAsString());
        JsonObject monitorView = controlContact(contactId).getAsJsonArray("monitors").get(0).getAsJsonObject();
        assertEquals(connectionId, monitorView.get("connectionId").getAsString());
        assertEquals("sam", monitorView.get("supervisor").getAsString());
        assertEquals("barge", monitorView.get("state").getAsString());
        assertEquals(1, sandbox.control().records().stream()
                .filter(record -> record.action().equals("UpdateMonitorParticipantState")
                        && record.agent().equals("sam") && contactId.equals(record.contactId()))
                .count());

        sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "SILENT_MONITOR")
                .ok();
        assertEquals(List.of("monitoring:silent_monitor", "agent:connected", "inbound:connected"),
                types(connections(sam, contactId)));
        assertEquals(List.of("agent:connected", "inbound:connected"), types(connections(jane, contactId)));
    }

    @Test
    void updateMonitorParticipantStateRefusals() throws Exception {
        String contactId = connectedCall();
        sandbox.control().addAgent(AgentSpec.of("lee", "lee-sandbox", "Lee Chen")
                .withPermissions(List.of(AgentSpec.MONITOR_PERMISSION)));
        CtiClient lee = CtiClient.signIn(sandbox, "lee", "lee-sandbox");
        CtiClient john = CtiClient.signIn(sandbox, "john", "john-sandbox");

        // nobody monitors yet: the supervisor does not know the contact
        assertEquals("ResourceNotFoundException", error(400,
                sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        sandbox.control().monitor(contactId, "sam");
        sandbox.control().monitor(contactId, "lee");
        // the agent on the call is not a monitor of it
        assertEquals("InvalidStateException", error(400,
                jane.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        // an agent unrelated to the call does not see it at all
        assertEquals("ResourceNotFoundException", error(400,
                john.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        assertEquals("ResourceNotFoundException", error(400, sam.call("UpdateMonitorParticipantState", "contactId",
                "00000000-0000-0000-0000-000000000000", "targetMonitorMode", "BARGE")));
        // a supervisor allowed to monitor but not to barge
        assertEquals("AccessDeniedException", error(403,
                lee.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        assertEquals(List.of("SILENT_MONITOR"),
                strings(connections(lee, contactId).get(0).getAsJsonObject().getAsJsonArray("monitorCapabilities")));
        // the mode it is in already
        assertEquals("InvalidStateException", error(400, sam.call("UpdateMonitorParticipantState", "contactId",
                contactId, "targetMonitorMode", "SILENT_MONITOR")));
        sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE").ok();
        assertEquals("InvalidStateException", error(400,
                sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        // modes Streams does not know (it upper-cases before sending; the service does not)
        for (String mode : new String[] {"COACH", "barge", ""}) {
            assertEquals("ValidationException", error(400, sam.call("UpdateMonitorParticipantState", "contactId",
                    contactId, "targetMonitorMode", mode)), mode);
        }
        assertEquals("ValidationException",
                error(400, sam.call("UpdateMonitorParticipantState", "contactId", contactId)));
        // no refusal changed anything: sam barges, lee listens, and lee's silence stays hidden from everybody else
        assertEquals(List.of("agent:connected", "inbound:connected", "monitoring:barge"),
                types(connections(jane, contactId)));
        assertEquals(List.of("monitoring:barge", "agent:connected", "inbound:connected"),
                types(connections(sam, contactId)));
        assertEquals(List.of("monitoring:silent_monitor", "agent:connected", "inbound:connected",
                "monitoring:barge"), types(connections(lee, contactId)));
    }

    @Test
    void theControlApiRefusesWhatCannotBeMonitored() throws Exception {
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String ringing = sandbox.control().placeCall("+14255550100", null, "jane");
        HttpResponse<String> offered = monitorByControl(ringing, "{\"supervisor\":\"sam\"}");
        assertEquals("InvalidStateException", ErrorShape.assertError(400, offered.statusCode(), offered.body()));
        jane.call("AcceptContact", "contactId", ringing).ok();
        String[][] refusals = {
            {"{\"supervisor\":\"jane\"}", "403", "AccessDeniedException"},
            {"{\"supervisor\":\"nobody\"}", "400", "ValidationException"},
            {"{}", "400", "ValidationException"},
            {"{\"supervisor\":7}", "400", "ValidationException"}};
        for (String[] refusal : refusals) {
            HttpResponse<String> response = monitorByControl(ringing, refusal[0]);
            assertEquals(refusal[2], ErrorShape.assertError(Integer.parseInt(refusal[1]), response.statusCode(),
                    response.body()), refusal[0]);
        }
        HttpResponse<String> unknown = monitorByControl("no-such-call", "{\"supervisor\":\"sam\"}");
        assertEquals("ValidationException", ErrorShape.assertError(400, unknown.statusCode(), unknown.body()));
        assertEquals(200, monitorByControl(ringing, "{\"supervisor\":\"sam\"}").statusCode());
        HttpResponse<String> twice = monitorByControl(ringing, "{\"supervisor\":\"sam\"}");
        assertEquals("InvalidStateException", ErrorShape.assertError(400, twice.statusCode(), twice.body()));
        IllegalArgumentException unknownAgent = assertThrows(IllegalArgumentException.class,
                () -> sandbox.control().monitor(ringing, "nobody"));
        assertTrue(unknownAgent.getMessage().contains("nobody"));
    }

    @Test
    void theSupervisorLeavesAndTheCallGoesOn() throws Exception {
        String contactId = connectedCall();
        String connectionId = sandbox.control().monitor(contactId, "sam");
        sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE").ok();
        String agentLeg = connections(jane, contactId).get(0).getAsJsonObject().get("connectionId").getAsString();
        // a supervisor drops only its own connection
        assertEquals("InvalidStateException", error(400,
                sam.call("DestroyConnection", "contactId", contactId, "connectionId", agentLeg)));
        // the agent cannot drop the supervisor, nor hold it
        assertEquals("ResourceNotFoundException", error(400,
                jane.call("DestroyConnection", "contactId", contactId, "connectionId", connectionId)));
        assertEquals("ResourceNotFoundException", error(400,
                jane.call("HoldConnection", "contactId", contactId, "connectionId", connectionId)));
        // the supervisor cannot act on the call as if it were its own
        assertEquals("ResourceNotFoundException", error(400,
                sam.call("HoldConnection", "contactId", contactId, "connectionId", agentLeg)));
        // its softphone telemetry about the monitored call is accepted
        sam.call("SendSoftphoneCallReport", "contactId", contactId, "report", "{}").ok();

        sam.call("DestroyConnection", "contactId", contactId, "connectionId", connectionId).ok();
        assertEquals(0, snapshot(sam).getAsJsonArray("contacts").size());
        assertEquals(List.of("agent:connected", "inbound:connected"), types(connections(jane, contactId)));
        assertEquals("ResourceNotFoundException", error(400,
                sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE")));
        // and may come back
        sandbox.control().monitor(contactId, "sam");
        assertEquals(List.of("monitoring:silent_monitor", "agent:connected", "inbound:connected"),
                types(connections(sam, contactId)));
    }

    @Test
    void monitoringEndsWithTheCall() throws Exception {
        String contactId = connectedCall();
        sandbox.control().monitor(contactId, "sam");
        sam.call("UpdateMonitorParticipantState", "contactId", contactId, "targetMonitorMode", "BARGE").ok();
        sandbox.control().hangUp(contactId);
        assertEquals(0, snapshot(sam).getAsJsonArray("contacts").size());
        JsonObject janes = snapshot(jane).getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("ended", janes.getAsJsonObject("state").get("type").getAsString());
        assertEquals(List.of("agent:disconnected", "inbound:disconnected"), types(janes.getAsJsonArray("connections")));
        HttpResponse<String> after = monitorByControl(contactId, "{\"supervisor\":\"sam\"}");
        assertEquals("InvalidStateException", ErrorShape.assertError(400, after.statusCode(), after.body()));
        assertNotNull(jane.call("ClearContact", "contactId", contactId).ok());
    }

    @Test
    void monitoringEndsWhenTheAgentHangsUpOrTheCallIsTransferred() throws Exception {
        String hungUp = connectedCall();
        sandbox.control().monitor(hungUp, "sam");
        String agentLeg = connections(jane, hungUp).get(0).getAsJsonObject().get("connectionId").getAsString();
        jane.call("DestroyConnection", "contactId", hungUp, "connectionId", agentLeg).ok();
        assertEquals(0, snapshot(sam).getAsJsonArray("contacts").size());
        assertTrue(controlContact(hungUp).getAsJsonArray("monitors").isEmpty());
        jane.call("ClearContact", "contactId", hungUp).ok();

        String transferred = connectedCall();
        sandbox.control().monitor(transferred, "sam");
        sam.call("UpdateMonitorParticipantState", "contactId", transferred, "targetMonitorMode", "BARGE").ok();
        sandbox.control().transfer(transferred, "Support", null);
        assertEquals(0, snapshot(sam).getAsJsonArray("contacts").size());
        assertEquals(List.of("agent:disconnected", "inbound:disconnected"), types(connections(jane, transferred)));
    }

    private JsonObject controlContact(String contactId) {
        for (JsonElement contact : JsonParser.parseString(sandbox.control().contactsJson()).getAsJsonObject()
                .getAsJsonArray("contacts")) {
            if (contact.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                return contact.getAsJsonObject();
            }
        }
        throw new AssertionError("no contact " + contactId + " in the control API");
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }
}
