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

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * A recorded agent shift as the back end sends it: {@code GetAgentSnapshot} answers in the sandbox's wire shape
 * (every member present, explicit {@code null}s, as in {@code resources/snapshots/inbound-softphone.json}), one per
 * long poll. Calls ring, connect (with polls while talking), are transferred to a third party, end in after-call
 * work; queue callbacks ring and connect; the agent goes to lunch and back between them.
 */
final class WireShift {

    /** Epoch milliseconds of the shift's start; the wire carries seconds with three decimals. */
    private static final long T0 = 1_795_000_000_000L;
    private static final String QUEUE_ARN = "arn:aws:connect:us-west-2:123456789012:instance/i-1/queue/q-basic";

    private final List<byte[]> answers = new ArrayList<>();
    private long clock = T0;
    private int token;

    private WireShift() {
    }

    /**
     * @param size how many answers
     * @return the shift's answers, in order
     */
    static List<byte[]> answers(int size) {
        WireShift shift = new WireShift();
        for (int call = 0; shift.answers.size() < size; call++) {
            String id = String.format("f21dcc79-63e3-46e5-bb29-%012d", call);
            switch (call % 4) {
                case 0, 1 -> shift.voiceCall(id, false);
                case 2 -> shift.voiceCall(id, true);
                default -> shift.callback(id);
            }
            if (call % 10 == 9) {
                shift.idle("Lunch", "not_routable", 3);
            }
        }
        return shift.answers.subList(0, size);
    }

    private void idle(String state, String type, int polls) {
        for (int i = 0; i < polls; i++) {
            answer(state, type, null);
        }
    }

    /** An inbound softphone call: rings, talks, maybe transfers to a third party, wraps up. */
    private void voiceCall(String id, boolean transfer) {
        idle("Available", "routable", 2);
        long offered = clock;
        Contact ringing = new Contact(id, "voice", "connecting", offered, "connecting", null);
        answer("PendingBusy", "system", ringing);
        Contact talking = new Contact(id, "voice", "connected", clock, "connected", null);
        for (int i = 0; i < 5; i++) {
            answer("Busy", "system", talking);
        }
        if (transfer) {
            answer("Busy", "system",
                    new Contact(id, "voice", "connected", talking.since(), "connected", "connecting"));
            for (int i = 0; i < 2; i++) {
                answer("Busy", "system", new Contact(id, "voice", "connected", talking.since(), "connected",
                        "connected"));
            }
        }
        Contact ended = new Contact(id, "voice", "ended", clock, "disconnected", null);
        for (int i = 0; i < 2; i++) {
            answer("AfterCallWork", "system", ended);
        }
    }

    /** A queue callback: offered, rings the agent's softphone, connects, ends. */
    private void callback(String id) {
        idle("Available", "routable", 2);
        answer("PendingBusy", "system", new Contact(id, "queue_callback", "incoming", clock, "connecting", null));
        answer("PendingBusy", "system", new Contact(id, "queue_callback", "connecting", clock, "connecting", null));
        Contact talking = new Contact(id, "queue_callback", "connected", clock, "connected", null);
        for (int i = 0; i < 3; i++) {
            answer("Busy", "system", talking);
        }
        answer("AfterCallWork", "system", new Contact(id, "queue_callback", "ended", clock, "disconnected", null));
    }

    private void answer(String stateName, String stateType, Contact contact) {
        clock += 1_250;
        StringWriter text = new StringWriter(3072);
        try (JsonWriter json = new JsonWriter(text)) {
            json.setSerializeNulls(true);
            json.beginObject();
            json.name("nextToken").value("token-" + ++token);
            json.name("snapshot").beginObject();
            json.name("agentAvailabilityState").beginObject().name("state").value(stateName)
                    .name("timeStamp").value(seconds(clock)).endObject();
            json.name("contacts").beginArray();
            if (contact != null) {
                contact.write(json);
            }
            json.endArray();
            json.name("nextState").nullValue();
            json.name("snapshotTimestamp").value(seconds(clock));
            json.name("state").beginObject().name("agentStateARN").value(stateType.equals("system") ? null
                    : "arn:aws:connect:us-west-2:123456789012:instance/i-1/agent-state/" + stateName)
                    .name("name").value(stateName).name("startTimestamp").value(seconds(clock))
                    .name("type").value(stateType).endObject();
            json.endObject();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        answers.add(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }

    /** One contact of a snapshot: its state, the agent's leg, the customer's leg, maybe a third party's. */
    private record Contact(String id, String type, String state, long since, String agentLeg, String thirdParty) {

        void write(JsonWriter json) throws IOException {
            json.beginObject();
            json.name("attributes").beginObject().name("customerId").beginObject().name("name").value("customerId")
                    .name("value").value("C-" + id.substring(id.length() - 4)).endObject().endObject();
            json.name("channelContext").nullValue();
            json.name("connections").beginArray();
            connection(json, id + "-a", "agent", false, agentLeg, null, true);
            connection(json, id + "-c", type.equals("queue_callback") ? "outbound" : "inbound", true,
                    state.equals("ended") ? "disconnected" : "connected", "+14255550100", false);
            if (thirdParty != null) {
                connection(json, id + "-t", "outbound", false, thirdParty, "+14255550199", false);
            }
            json.endArray();
            json.name("contactDuration").value("0");
            json.name("contactFeatures").beginObject().name("attachmentsEnabled").nullValue()
                    .name("messagingMarkdownEnabled").nullValue().name("multiPartyConferenceEnabled").value(false)
                    .endObject();
            json.name("contactId").value(id);
            json.name("description").nullValue();
            json.name("initialContactId").value(id);
            json.name("initiationMethod").value(type.equals("queue_callback") ? "callback" : "inbound");
            json.name("name").nullValue();
            json.name("queue").beginObject().name("name").value("BasicQueue").name("queueARN").value(QUEUE_ARN)
                    .endObject();
            json.name("queueTimestamp").value(seconds(since - 797));
            json.name("references").nullValue();
            json.name("state").beginObject().name("timestamp").value(seconds(since)).name("type").value(state)
                    .endObject();
            json.name("type").value(type);
            json.endObject();
        }

        private void connection(JsonWriter json, String connectionId, String connectionType, boolean initial,
                String connectionState, String phoneNumber, boolean softphone) throws IOException {
            json.beginObject();
            json.name("chatMediaInfo").nullValue();
            json.name("connectionId").value(connectionId);
            json.name("endpoint").beginObject().name("agentLogin").nullValue().name("endpointARN").nullValue()
                    .name("name").nullValue().name("phoneNumber").value(phoneNumber).name("queue").nullValue()
                    .name("type").value(phoneNumber == null ? "agent" : "phone_number").endObject();
            json.name("initial").value(initial);
            json.name("monitoringInfo").nullValue();
            json.name("mute").value(false);
            json.name("quickConnectName").nullValue();
            json.name("softphoneMediaInfo");
            if (softphone) {
                json.beginObject().name("autoAccept").value(false)
                        .name("callConfigJson").value("{\"signalingEndpoint\":\"wss://127.0.0.1:8443/LilyRTC\","
                                + "\"iceServers\":[]}")
                        .name("callContextToken").value("call-context-" + connectionId)
                        .name("callType").value("audio_only")
                        .name("mediaLegContextToken").value("media-leg-" + connectionId).endObject();
            } else {
                json.nullValue();
            }
            json.name("state").beginObject().name("timestamp").value(seconds(since))
                    .name("type").value(connectionState).endObject();
            json.name("type").value(connectionType);
            json.endObject();
        }
    }
}
