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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.testing.Await;

/**
 * The task operations of the CTI API over real HTTPS: {@code CreateTaskContact} (what the task carries, where it
 * goes, its refusals), routing by the agents' task concurrency, and {@code PauseContact} / {@code ResumeContact} with
 * every refusal (another agent's task, a task in the wrong state, a contact that is no task) in the CTI error shape.
 */
class TaskContractTest {

    private static final String JANE = "{\"type\":\"agent\",\"agentLogin\":\"jane\"}";

    private Sandbox sandbox;
    private CtiClient jane;
    private CtiClient john;

    @BeforeEach
    void start() throws Exception {
        Map<String, Long> voiceOnly = new LinkedHashMap<>();
        voiceOnly.put("VOICE", 1L);
        voiceOnly.put("TASK", 0L);
        sandbox = Sandbox.builder().controlKey("task-control-key").calleesAnswerManually()
                .agent(AgentSpec.of("jane", "jane-sandbox", "Jane Doe"))
                .agent(AgentSpec.of("john", "john-sandbox", "John Smith"))
                .agent(AgentSpec.of("vera", "vera-sandbox", "Vera Voice").withChannelConcurrency(voiceOnly)).start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        john = CtiClient.signIn(sandbox, "john", "john-sandbox");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void available(CtiClient agent) throws Exception {
        agent.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
    }

    private static JsonObject snapshot(CtiClient agent) throws Exception {
        return agent.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot");
    }

    private static JsonObject contact(CtiClient agent, String contactId) throws Exception {
        for (JsonElement element : snapshot(agent).getAsJsonArray("contacts")) {
            if (element.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no contact " + contactId + " in the snapshot");
    }

    private static int contacts(CtiClient agent) {
        try {
            return snapshot(agent).getAsJsonArray("contacts").size();
        } catch (Exception e) {
            throw new AssertionError("GetAgentSnapshot failed", e);
        }
    }

    private static String error(int status, CtiClient.Reply reply) {
        return ErrorShape.assertError(status, reply.status(), reply.body());
    }

    private static String createTask(CtiClient agent, String... members) throws Exception {
        return agent.call("CreateTaskContact", members).ok().json().get("contactId").getAsString();
    }

    /** A task for jane, offered and accepted. */
    private String acceptedTask() throws Exception {
        available(jane);
        String taskId = createTask(jane, "name", "Follow up", "endpoint", JANE);
        jane.call("AcceptContact", "contactId", taskId).ok();
        return taskId;
    }

    // ---------------------------------------------------------------- CreateTaskContact

    @Test
    void aTaskCarriesNameDescriptionReferencesAndNoCallMembers() throws Exception {
        available(jane);
        String taskId = createTask(jane, "name", "Call the customer back", "description", "About the invoice",
                "endpoint", JANE, "references",
                "{\"Case\":{\"type\":\"URL\",\"value\":\"https://crm.example/cases/7\"},"
                        + "\"Amount\":{\"type\":\"NUMBER\",\"value\":\"42\"}}");
        JsonObject task = contact(jane, taskId);
        assertEquals("task", task.get("type").getAsString());
        assertEquals("connecting", task.getAsJsonObject("state").get("type").getAsString());
        assertEquals("Call the customer back", task.get("name").getAsString());
        assertEquals("About the invoice", task.get("description").getAsString());
        assertEquals("api", task.get("initiationMethod").getAsString());
        assertEquals(taskId, task.get("initialContactId").getAsString());
        assertEquals("{\"Case\":{\"type\":\"URL\",\"value\":\"https://crm.example/cases/7\"},"
                + "\"Amount\":{\"type\":\"NUMBER\",\"value\":\"42\"}}", task.get("references").toString());
        assertEquals("{}", task.get("attributes").toString());
        assertEquals("BasicQueue", task.getAsJsonObject("queue").get("name").getAsString());
        assertTrue(task.get("queueTimestamp").getAsBigDecimal().signum() > 0);
        for (String absent : new String[] {"customerEndpoint", "connectSystemEndpoint", "segmentAttributes",
            "channelContext", "relatedContactId", "contactAssociationId"}) {
            assertFalse(task.has(absent), absent + " in " + task);
        }
        JsonObject agentLeg = task.getAsJsonArray("connections").get(0).getAsJsonObject();
        assertEquals("agent", agentLeg.get("type").getAsString());
        assertFalse(agentLeg.has("softphoneMediaInfo"), "a task has no media");
        JsonObject initial = task.getAsJsonArray("connections").get(1).getAsJsonObject();
        assertTrue(initial.get("initial").getAsBoolean());
        assertFalse(initial.has("endpoint"), "nobody is on the other side of a task");
        assertEquals("PendingBusy", snapshot(jane).getAsJsonObject("state").get("name").getAsString());
    }

    @Test
    void anIdempotencyTokenCreatesOneTask() throws Exception {
        String first = createTask(jane, "name", "Once", "endpoint", JANE, "idempotencyToken", "token-1");
        assertEquals(first, createTask(jane, "name", "Once", "endpoint", JANE, "idempotencyToken", "token-1"));
        assertNotEquals(first, createTask(jane, "name", "Once", "endpoint", JANE, "idempotencyToken", "token-2"));
        assertNotEquals(first, createTask(john, "name", "Once", "endpoint", JANE, "idempotencyToken", "token-1"),
                "tokens are per agent");
    }

    @Test
    void aRelatedTaskSharesTheAssociationOfItsContact() throws Exception {
        available(jane);
        String call = sandbox.control().placeCall("+14255550100", null, "jane", Map.of("orderId", "1234"));
        jane.call("AcceptContact", "contactId", call).ok();
        String taskId = createTask(jane, "name", "Follow up", "endpoint", JANE, "relatedContactId", call);
        JsonObject task = contact(jane, taskId);
        assertEquals(call, task.get("relatedContactId").getAsString());
        assertEquals("{\"orderId\":{\"name\":\"orderId\",\"value\":\"1234\"}}", task.get("attributes").toString(),
                "a related task copies the attributes");
        assertEquals(call, task.get("contactAssociationId").getAsString());
        assertEquals(call, contact(jane, call).get("contactAssociationId").getAsString());
    }

    @Test
    void aScheduledTaskIsOfferedWhenItIsDue() throws Exception {
        available(jane);
        long due = System.currentTimeMillis() / 1000 + 2;
        String taskId = jane.call("CreateTaskContact", Json.object("name", "Later", "endpoint", JANE,
                "scheduledTime", Long.toString(due))).ok().json().get("contactId").getAsString();
        assertEquals(0, snapshot(jane).getAsJsonArray("contacts").size(), "not before its time");
        Await.until(Duration.ofSeconds(10), () -> contacts(jane) == 1, "the scheduled task is offered");
        assertEquals(due, contact(jane, taskId).getAsJsonObject("channelContext").get("scheduledTime").getAsLong());
    }

    @Test
    void createTaskContactRefusals() throws Exception {
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "endpoint", JANE)));
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "name", "No endpoint")));
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "name", " ", "endpoint", JANE)));
        assertEquals("ValidationException",
                error(400, jane.call("CreateTaskContact", "name", "x".repeat(513), "endpoint", JANE)));
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "name", "Bad reference",
                "endpoint", JANE, "references", "{\"Case\":{\"type\":\"LINK\",\"value\":\"https://crm.example\"}}")));
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "name", "No value",
                "endpoint", JANE, "references", "{\"Case\":{\"type\":\"URL\"}}")));
        assertEquals("ValidationException", error(400, jane.call("CreateTaskContact", "name", "Too late",
                "endpoint", JANE, "scheduledTime", Long.toString(System.currentTimeMillis() / 1000 + 8 * 86400))));
        assertEquals("SerializationException", error(400, jane.call("CreateTaskContact", "name", "Bad time",
                "endpoint", JANE, "scheduledTime", "\"tomorrow\"")));
        assertEquals("BadEndpointException", error(400, jane.call("CreateTaskContact", "name", "To a phone",
                "endpoint", "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550100\"}")));
        assertEquals("BadEndpointException", error(400, jane.call("CreateTaskContact", "name", "To nobody",
                "endpoint", "{\"type\":\"agent\",\"agentLogin\":\"nobody\"}")));
        assertEquals(0, snapshot(jane).getAsJsonArray("contacts").size());
    }

    // ---------------------------------------------------------------- routing by channel concurrency

    @Test
    void anAgentWithoutTaskConcurrencyIsNotOfferedTasks() throws Exception {
        CtiClient vera = CtiClient.signIn(sandbox, "vera", "vera-sandbox");
        available(vera);
        String taskId = createTask(vera, "name", "For vera", "endpoint",
                "{\"type\":\"agent\",\"agentLogin\":\"vera\"}");
        assertEquals(0, snapshot(vera).getAsJsonArray("contacts").size());
        assertTrue(sandbox.control().contactsJson().contains("\"queued\":[\"" + taskId + "\"]"),
                sandbox.control().contactsJson());
        String call = sandbox.control().placeCall("+14255550100", null, "vera");
        assertEquals(call, snapshot(vera).getAsJsonArray("contacts").get(0).getAsJsonObject().get("contactId")
                .getAsString(), "voice is still offered");
    }

    @Test
    void oneTaskAtATimeTheNextWaitsUntilTheFirstIsCleared() throws Exception {
        String first = acceptedTask();
        String second = createTask(jane, "name", "Second", "endpoint", JANE);
        assertEquals(1, snapshot(jane).getAsJsonArray("contacts").size(), "the task concurrency is 1");
        jane.call("DestroyConnection", "contactId", first, "connectionId",
                contact(jane, first).getAsJsonArray("connections").get(0).getAsJsonObject().get("connectionId")
                        .getAsString()).ok();
        assertEquals("ended", contact(jane, first).getAsJsonObject("state").get("type").getAsString());
        assertEquals(1, snapshot(jane).getAsJsonArray("contacts").size(), "after-contact work keeps the slot");
        jane.call("CompleteContact", "contactId", first).ok();
        assertEquals("connecting", contact(jane, second).getAsJsonObject("state").get("type").getAsString());
    }

    // ---------------------------------------------------------------- PauseContact and ResumeContact

    @Test
    void theOwningAgentPausesAndResumesItsConnectedTask() throws Exception {
        String taskId = acceptedTask();
        jane.call("PauseContact", "contactId", taskId).ok();
        assertEquals("paused", contact(jane, taskId).getAsJsonObject("state").get("type").getAsString());
        assertEquals("Busy", snapshot(jane).getAsJsonObject("state").get("name").getAsString());
        jane.call("ResumeContact", "contactId", taskId).ok();
        assertEquals("connected", contact(jane, taskId).getAsJsonObject("state").get("type").getAsString());
        assertEquals(1, sandbox.control().records().stream()
                .filter(record -> "PauseContact".equals(record.action()) && taskId.equals(record.contactId()))
                .count());
    }

    @Test
    void anotherAgentsTaskIsNotFound() throws Exception {
        String taskId = acceptedTask();
        assertEquals("ResourceNotFoundException", error(400, john.call("PauseContact", "contactId", taskId)));
        jane.call("PauseContact", "contactId", taskId).ok();
        assertEquals("ResourceNotFoundException", error(400, john.call("ResumeContact", "contactId", taskId)));
        assertEquals("ResourceNotFoundException", error(400, jane.call("PauseContact", "contactId", "no-such-task")));
        assertEquals("paused", contact(jane, taskId).getAsJsonObject("state").get("type").getAsString());
    }

    @Test
    void aTaskInTheWrongStateIsRefused() throws Exception {
        available(jane);
        String taskId = createTask(jane, "name", "Offered", "endpoint", JANE);
        assertEquals("InvalidStateException", error(400, jane.call("PauseContact", "contactId", taskId)),
                "an offered task");
        jane.call("AcceptContact", "contactId", taskId).ok();
        assertEquals("InvalidStateException", error(400, jane.call("ResumeContact", "contactId", taskId)),
                "a connected task");
        jane.call("PauseContact", "contactId", taskId).ok();
        assertEquals("InvalidStateException", error(400, jane.call("PauseContact", "contactId", taskId)),
                "a paused task");
        jane.call("DestroyConnection", "contactId", taskId, "connectionId",
                contact(jane, taskId).getAsJsonArray("connections").get(0).getAsJsonObject().get("connectionId")
                        .getAsString()).ok();
        assertEquals("InvalidStateException", error(400, jane.call("ResumeContact", "contactId", taskId)),
                "an ended task");
        assertEquals("InvalidStateException", error(400, jane.call("PauseContact", "contactId", taskId)));
        CtiClient.Reply missing = jane.call("PauseContact");
        assertEquals("ValidationException", error(400, missing));
    }

    @Test
    void aTaskIsTransferredToAnAgentNotToAPhone() throws Exception {
        String taskId = acceptedTask();
        assertEquals("BadEndpointException", error(400, jane.call("TransferContact", "contactId", taskId, "endpoint",
                "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550100\"}")));
        available(john);
        jane.call("TransferContact", "contactId", taskId, "endpoint", "{\"type\":\"agent\",\"agentLogin\":\"john\"}")
                .ok();
        assertEquals("ended", contact(jane, taskId).getAsJsonObject("state").get("type").getAsString());
        JsonObject transferred = snapshot(john).getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("task", transferred.get("type").getAsString());
        assertEquals("transfer", transferred.get("initiationMethod").getAsString());
        assertEquals(taskId, transferred.get("initialContactId").getAsString());
        assertEquals("Follow up", transferred.get("name").getAsString());
    }

    @Test
    void aCallIsNoTask() throws Exception {
        available(jane);
        String call = sandbox.control().placeCall("+14255550100", null, "jane");
        jane.call("AcceptContact", "contactId", call).ok();
        assertEquals("InvalidContactTypeException", error(400, jane.call("PauseContact", "contactId", call)));
        assertEquals("InvalidContactTypeException", error(400, jane.call("ResumeContact", "contactId", call)));
    }

    // ---------------------------------------------------------------- the control API

    @Test
    void theControlApiOffersATask() throws Exception {
        available(jane);
        HttpResponse<String> created = control("{\"name\":\"From a flow\",\"description\":\"d\",\"agent\":\"jane\","
                + "\"queue\":\"Support\","
                + "\"references\":{\"Case\":{\"type\":\"URL\",\"value\":\"https://crm.example\"}}}");
        assertEquals(200, created.statusCode(), created.body());
        String taskId = JsonParser.parseString(created.body()).getAsJsonObject().get("contactId").getAsString();
        JsonObject task = contact(jane, taskId);
        assertEquals("From a flow", task.get("name").getAsString());
        assertEquals("Support", task.getAsJsonObject("queue").get("name").getAsString());
        assertEquals("https://crm.example", task.getAsJsonObject("references").getAsJsonObject("Case").get("value")
                .getAsString());
        HttpResponse<String> nameless = control("{}");
        assertEquals("ValidationException", ErrorShape.assertError(400, nameless.statusCode(), nameless.body()));
        HttpResponse<String> badType = control("{\"name\":\"x\",\"references\":{\"Case\":{\"type\":\"LINK\","
                + "\"value\":\"v\"}}}");
        assertEquals("ValidationException", ErrorShape.assertError(400, badType.statusCode(), badType.body()));
        HttpResponse<String> unknownAgent = control("{\"name\":\"x\",\"agent\":\"nobody\"}");
        assertEquals("ValidationException",
                ErrorShape.assertError(400, unknownAgent.statusCode(), unknownAgent.body()));
        String viaJava = sandbox.control().placeTask("Java", "described",
                Map.of("Doc", TaskReference.url("https://a.example")), null, "jane");
        assertTrue(sandbox.control().contactsJson().contains("\"queued\":[\"" + viaJava + "\"]"),
                "jane's one task slot is taken: " + sandbox.control().contactsJson());
        assertThrows(IllegalArgumentException.class, () -> sandbox.control().placeTask(" ", null, null));
    }

    private HttpResponse<String> control(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUri().resolve("/control/tasks"))
                .timeout(Duration.ofSeconds(10)).header(Sandbox.CONTROL_KEY_HEADER, "task-control-key")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return jane.http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
