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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.Sandbox;

/**
 * What a call carries in the snapshot, member by member, as Amazon Connect sends it for voice contacts: the subtype
 * in {@code segmentAttributes}, the customer's endpoint and the instance number the customer dialled
 * ({@code connectSystemEndpoint}), the initiation method, the queue and its timestamp, and no task members.
 */
class ContactDataTest {

    private static final String CALLER = "+14255550100";
    private static final String SYSTEM_NUMBER = "+18005550199";

    private Sandbox sandbox;
    private CtiClient jane;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().calleesAnswerManually().start();
        jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonObject onlyContact() throws Exception {
        return jane.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot")
                .getAsJsonArray("contacts").get(0).getAsJsonObject();
    }

    private static void phone(String expected, JsonObject endpoint) {
        assertEquals("{\"phoneNumber\":\"" + expected + "\",\"type\":\"phone_number\"}", endpoint.toString());
    }

    @Test
    void anInboundCallCarriesItsSubtypeAndBothEndpoints() throws Exception {
        String contactId = sandbox.control().placeCall(CALLER, "Support", null);
        JsonObject call = onlyContact();
        assertEquals(contactId, call.get("contactId").getAsString());
        assertEquals(contactId, call.get("initialContactId").getAsString());
        assertEquals("voice", call.get("type").getAsString());
        assertEquals("inbound", call.get("initiationMethod").getAsString());
        assertEquals("{\"connect:Subtype\":{\"ValueString\":\"connect:Telephony\"}}",
                call.get("segmentAttributes").toString());
        phone(CALLER, call.getAsJsonObject("customerEndpoint"));
        phone(SYSTEM_NUMBER, call.getAsJsonObject("connectSystemEndpoint"));
        assertEquals("{\"multiPartyConferenceEnabled\":false}", call.get("contactFeatures").toString());
        assertEquals("{}", call.get("attributes").toString());
        assertEquals("Support", call.getAsJsonObject("queue").get("name").getAsString());
        assertTrue(call.get("queueTimestamp").getAsBigDecimal()
                .compareTo(call.getAsJsonObject("state").get("timestamp").getAsBigDecimal()) <= 0);
        assertEquals("0", call.get("contactDuration").getAsString());
        for (String absent : new String[] {"name", "description", "references", "channelContext",
            "relatedContactId", "contactAssociationId"}) {
            assertFalse(call.has(absent), absent + " in " + call);
        }
    }

    @Test
    void theAttributesAFlowSetAreNameValuePairs() throws Exception {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("greetingPlayed", "true");
        attributes.put("customerTier", "gold");
        sandbox.control().placeCall(CALLER, null, "jane", attributes);
        assertEquals("{\"greetingPlayed\":{\"name\":\"greetingPlayed\",\"value\":\"true\"},"
                + "\"customerTier\":{\"name\":\"customerTier\",\"value\":\"gold\"}}",
                onlyContact().get("attributes").toString());
        assertThrows(IllegalArgumentException.class,
                () -> sandbox.control().placeCall(CALLER, null, "jane", Map.of("", "empty key")));
    }

    @Test
    void anOutboundCallShowsTheCalleeAndTheNumberItCallsFrom() throws Exception {
        jane.call("CreateOutboundContact", "endpoint", "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550199\"}")
                .ok();
        JsonObject call = onlyContact();
        assertEquals("outbound", call.get("initiationMethod").getAsString());
        phone("+14255550199", call.getAsJsonObject("customerEndpoint"));
        phone(SYSTEM_NUMBER, call.getAsJsonObject("connectSystemEndpoint"));
        assertEquals("connect:Telephony", call.getAsJsonObject("segmentAttributes").getAsJsonObject("connect:Subtype")
                .get("ValueString").getAsString());
    }

    @Test
    void aCallbackIsATelephonyContactToo() throws Exception {
        sandbox.control().placeCallback(CALLER, null, "jane");
        JsonObject callback = onlyContact();
        assertEquals("queue_callback", callback.get("type").getAsString());
        assertEquals("callback", callback.get("initiationMethod").getAsString());
        assertEquals("connect:Telephony", callback.getAsJsonObject("segmentAttributes")
                .getAsJsonObject("connect:Subtype").get("ValueString").getAsString());
        phone(SYSTEM_NUMBER, callback.getAsJsonObject("connectSystemEndpoint"));
    }
}
