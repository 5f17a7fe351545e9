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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;

/**
 * Scripts a healthy agent on a {@link ScriptedCtiServer}: a complete configuration and an available agent with no
 * contacts, whose long polls answer after a short wait.
 */
final class ScriptedAgent {

    static final Duration POLL_WAIT = Duration.ofMillis(150);

    /** The answers of the agent's reads, by operation, snapshot and transports excepted. */
    static final Map<String, String> ANSWERS = Map.of("GetAgentConfiguration", """
            {"configuration": {"name": "Jane Doe", "username": "jane", "softphoneEnabled": true,
             "softphoneAutoAccept": false, "extension": null, "agentARN": "arn:agent/jane",
             "agentPreferences": {"LANGUAGE": "en_US"},
             "routingProfile": {"name": "Basic", "routingProfileARN": "arn:rp/basic",
               "defaultOutboundQueue": {"queueARN": "arn:queue/basic", "name": "BasicQueue"},
               "channelConcurrencyMap": {"VOICE": 1, "CHAT": 2}}}}""",
            "GetAgentPermissions", "{\"permissions\": [\"outboundCall\"]}",
            "GetAgentStates", """
            {"states": [{"agentStateARN": "arn:state/available", "type": "routable", "name": "Available"},
                        {"agentStateARN": "arn:state/offline", "type": "offline", "name": "Offline"}]}""",
            "GetDialableCountryCodes", "{\"countryCodes\": [\"US\", \"DE\"]}",
            "GetRoutingProfileQueues",
            "{\"queues\": [{\"queueARN\": \"arn:queue/basic\", \"name\": \"BasicQueue\"}]}");

    private ScriptedAgent() {
    }

    static void install(ScriptedCtiServer server) {
        server.byDefault("GetAgentSnapshot", new Answer(200, snapshot("Available", "routable"), POLL_WAIT));
        ANSWERS.forEach((operation, body) -> server.byDefault(operation, Answer.ok(body)));
        server.byDefault("CreateTransport", Answer.error(400, "InvalidParameterException", "no WebSocket here"));
    }

    static String snapshot(String stateName, String stateType) {
        return snapshot(stateName, stateType, 0);
    }

    /** A snapshot from a back end whose clock is {@code skewSeconds} ahead of ours. */
    static String snapshot(String stateName, String stateType, int skewSeconds) {
        double now = Instant.now().plusSeconds(skewSeconds).toEpochMilli() / 1000.0;
        return "{\"nextToken\": \"t-" + System.nanoTime() + "\", \"snapshot\": {\"state\": {\"agentStateARN\": null, "
                + "\"type\": \"" + stateType + "\", \"name\": \"" + stateName + "\", \"startTimestamp\": " + now
                + "}, \"nextState\": null, \"agentAvailabilityState\": {\"state\": \"Available\", \"timeStamp\": "
                + now + "}, \"snapshotTimestamp\": " + now + ", \"contacts\": []}}";
    }
}
