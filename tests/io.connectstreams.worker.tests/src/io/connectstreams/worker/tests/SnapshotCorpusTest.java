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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.worker.internal.cti.AuthToken;
import io.connectstreams.worker.internal.cti.CtiHttpBackend;
import io.connectstreams.worker.internal.cti.CtiOperation;
import io.connectstreams.worker.internal.cti.CtiTransport;

/**
 * {@code GetAgentSnapshot} answers of a corpus (the sandbox's recorded snapshot, a generated shift of calls,
 * callbacks and transfers, and hostile variants: timestamps out of range or of the wrong type, unknown enumeration
 * values, missing, {@code null} and wrongly typed members, broken JSON) read by the client: each outcome, the
 * snapshot read or the failure's type and message, is the one recorded in {@code resources/snapshots/corpus.txt}.
 * The outcomes were recorded with the reader that built a JSON tree first, so a reader that replaces it yields
 * exactly what it did.
 */
class SnapshotCorpusTest {

    private static final String RECORDED = "inbound-softphone.json";
    private static final Pattern MAP = Pattern.compile("\\{([^{}]*)\\}");

    @Test
    void everyAnswerOfTheCorpusReadsAsRecorded() {
        Map<String, String> expected = recorded();
        Map<String, String> actual = new LinkedHashMap<>();
        corpus().forEach((name, body) -> actual.put(name, outcome(body)));
        StringBuilder text = new StringBuilder();
        actual.forEach((name, outcome) -> text.append(name).append('\t').append(outcome).append('\n'));
        if (!expected.equals(actual)) {
            System.out.print(text); // the outcomes now, to compare with (or record as) corpus.txt
        }
        assertEquals(expected.keySet(), actual.keySet(), "the corpus");
        expected.forEach((name, outcome) -> assertEquals(outcome, actual.get(name), name));
    }

    private static Map<String, String> corpus() {
        Map<String, String> corpus = new LinkedHashMap<>();
        String recorded = CtiBackendTest.fixture(RECORDED);
        corpus.put("recorded", recorded);
        List<byte[]> shift = WireShift.answers(45);
        for (int i = 0; i < shift.size(); i++) {
            corpus.put("shift-" + i, new String(shift.get(i), StandardCharsets.UTF_8));
        }
        String timestamp = "\"snapshotTimestamp\": 1646369082.783";
        String[] timestamps = { "1e20", "-1e20", "1e400", "1e-99999999", "\"x\"", "true", "[]", "{}", "null",
            "\"2026-11-23T10:00:00Z\"", "\"2026-11-23T10:00:00.123456789Z\"", "1646369082783", "\"1646369082.783\"",
            "-1.5", "-0.25", "0", "\"\"", "1646369082.1234567891", "1.646369082783E9", "99999999999.5",
            "100000000001", "-100000000001.5", "NaN", "\"-\"", "1646369082", "0001646369082.5" };
        for (String value : timestamps) {
            corpus.put("timestamp " + value, recorded.replace(timestamp, "\"snapshotTimestamp\": " + value));
        }
        corpus.put("queueTimestamp 1e400", recorded.replace("1646369081.985", "1e400"));
        corpus.put("contact state timestamp []", recorded.replace(
                "\"state\": {\"timestamp\": 1646369082.782, \"type\": \"connecting\"},\n        \"type\"",
                "\"state\": {\"timestamp\": [], \"type\": \"connecting\"},\n        \"type\""));
        corpus.put("unknown contact type", recorded.replace("\"type\": \"voice\"", "\"type\": \"hologram\""));
        corpus.put("unknown agent state type", recorded.replace("\"type\": \"system\"", "\"type\": \"quantum\""));
        corpus.put("unknown connection type", recorded.replace("\"type\": \"inbound\"", "\"type\": \"sideways\""));
        corpus.put("unknown states", recorded.replace("\"type\": \"connecting\"", "\"type\": \"teleporting\"")
                .replace("\"type\": \"connected\"", "\"type\": \"entangled\""));
        corpus.put("unknown endpoint type", recorded.replace("\"type\": \"phone_number\"", "\"type\": \"pigeon\""));
        corpus.put("unknown call type", recorded.replace("\"audio_only\"", "\"smell_only\""));
        corpus.put("unknown initiation method", recorded.replace("\"initiationMethod\": null",
                "\"initiationMethod\": \"telepathy\""));
        corpus.put("unknown members", recorded.replace("\"contactId\":",
                "\"future\": {\"a\": [1, {\"b\": null}, \"c\"], \"d\": 1e400}, \"more\": [[[]]], \"contactId\":")
                .replace("\"nextToken\":", "\"extra\": true, \"nextToken\":"));
        corpus.put("deep unknown member 200", recorded.replace("\"contactId\":",
                "\"deep\": " + "[".repeat(200) + "]".repeat(200) + ", \"contactId\":"));
        corpus.put("deep unknown member 400", recorded.replace("\"contactId\":",
                "\"deep\": " + "[".repeat(400) + "]".repeat(400) + ", \"contactId\":"));
        corpus.put("contactId missing", recorded.replace("\"contactId\": \"f21dcc79", "\"contactIdx\": \"f21dcc79"));
        corpus.put("contactId null", recorded.replace("\"contactId\": \"f21dcc79-63e3-46e5-bb29-0ac15f64227e\"",
                "\"contactId\": null"));
        corpus.put("contactId number", recorded.replace("\"contactId\": \"f21dcc79-63e3-46e5-bb29-0ac15f64227e\"",
                "\"contactId\": 42.50"));
        corpus.put("contactId object", recorded.replace("\"contactId\": \"f21dcc79-63e3-46e5-bb29-0ac15f64227e\"",
                "\"contactId\": {}"));
        corpus.put("connectionId true", recorded.replace("\"connectionId\": \"0532c53a-4fae-4d5a-a42f-8028f4063bda\"",
                "\"connectionId\": true"));
        corpus.put("contacts object", recorded.replace("\"contacts\": [", "\"contacts\": {\"x\": [").replace(
                "    ],\n    \"nextState\"", "    ]},\n    \"nextState\""));
        corpus.put("contacts entry string", recorded.replace("\"contacts\": [", "\"contacts\": [\"x\", "));
        corpus.put("contacts entry null", recorded.replace("\"contacts\": [", "\"contacts\": [null, "));
        corpus.put("contacts null", recorded.replace("\"contacts\": [", "\"contacts\": null, \"was\": ["));
        corpus.put("connections entry number", recorded.replace("\"connections\": [", "\"connections\": [5, "));
        corpus.put("connection state missing", recorded.replace("\"state\": {\"timestamp\": 1646369082.782, "
                + "\"type\": \"connecting\"},\n            \"type\": \"agent\"", "\"type\": \"agent\""));
        corpus.put("contact state type missing", recorded.replace(
                "\"state\": {\"timestamp\": 1646369082.782, \"type\": \"connecting\"},\n        \"type\": \"voice\"",
                "\"state\": {\"timestamp\": 1646369082.782},\n        \"type\": \"voice\""));
        corpus.put("agent state missing", recorded.replace("\"state\": {\"agentStateARN\"", "\"was\": {\"x\""));
        corpus.put("agent state string", recorded.replace("\"state\": {\"agentStateARN\": null, \"name\": "
                + "\"PendingBusy\", \"startTimestamp\": 1646369082.783, \"type\": \"system\"}", "\"state\": \"x\""));
        corpus.put("nextToken missing", recorded.replace("\"nextToken\"", "\"nextTokens\""));
        corpus.put("nextToken number", recorded.replace("\"token-2\"", "2"));
        corpus.put("snapshot missing", recorded.replace("\"snapshot\":", "\"snapshots\":"));
        corpus.put("snapshot array", "{\"nextToken\": \"t\", \"snapshot\": []}");
        corpus.put("nextState present", recorded.replace("\"nextState\": null", "\"nextState\": {\"name\": "
                + "\"Lunch\", \"type\": \"not_routable\", \"agentStateARN\": \"arn:state/lunch\"}"));
        corpus.put("nextState name missing", recorded.replace("\"nextState\": null",
                "\"nextState\": {\"type\": \"not_routable\"}"));
        corpus.put("availability string", recorded.replace("\"agentAvailabilityState\": {\"state\": \"Available\","
                + " \"timeStamp\": 1646311432.223}", "\"agentAvailabilityState\": \"Available\""));
        corpus.put("attributes array", recorded.replace("\"attributes\": {\"customerId\": {\"name\": "
                + "\"customerId\", \"value\": \"C-1001\"}}", "\"attributes\": []"));
        corpus.put("attributes of every kind", recorded.replace("\"attributes\": {\"customerId\": {\"name\": "
                + "\"customerId\", \"value\": \"C-1001\"}}", "\"attributes\": {\"a\": \"plain\", \"b\": null, "
                        + "\"c\": {\"value\": \"no name\"}, \"d\": {\"name\": \"renamed\"}, \"e\": {\"name\": 7, "
                        + "\"value\": true}, \"f\": [1], \"g\": {\"name\": \"a\", \"value\": \"first\"}, "
                        + "\"h\": {\"name\": \"a\", \"value\": \"second\"}}"));
        corpus.put("attribute value object", recorded.replace("\"value\": \"C-1001\"", "\"value\": {}"));
        corpus.put("mute text", recorded.replace("\"mute\": false", "\"mute\": \"TRUE\""));
        corpus.put("mute number", recorded.replace("\"mute\": false", "\"mute\": 1"));
        corpus.put("initial text", recorded.replace("\"initial\": true", "\"initial\": \"yes\""));
        corpus.put("monitor capabilities", recorded.replace("\"monitoringInfo\": null", "\"monitorCapabilities\": "
                + "[\"SILENT_MONITOR\", 1, true], \"monitorStatus\": \"SILENT_MONITOR\""));
        corpus.put("monitor capabilities with null", recorded.replace("\"monitoringInfo\": null",
                "\"monitorCapabilities\": [\"BARGE\", null]"));
        corpus.put("monitor capabilities string", recorded.replace("\"monitoringInfo\": null",
                "\"monitorCapabilities\": \"BARGE\""));
        corpus.put("customer endpoint", recorded.replace("\"contactId\":", "\"customerEndpoint\": {\"type\": "
                + "\"phone_number\", \"phoneNumber\": \"+14255550100\", \"queue\": {\"queueARN\": \"arn:q\"}}, "
                + "\"contactId\":"));
        corpus.put("customer endpoint queue without arn", recorded.replace("\"contactId\":",
                "\"customerEndpoint\": {\"type\": \"phone_number\", \"queue\": {\"name\": \"q\"}}, \"contactId\":"));
        corpus.put("queue arn missing", recorded.replace("\"queueARN\": \"arn:aws", "\"queueArn\": \"arn:aws"));
        corpus.put("softphone media info array", recorded.replace("\"softphoneMediaInfo\": {",
                "\"softphoneMediaInfo\": [], \"was\": {"));
        corpus.put("contact data", recorded.replace("\"references\": null", "\"references\": {\"Ticket\": "
                + "{\"type\": \"URL\", \"value\": \"https://crm.example/t/1\"}, \"Photo\": {\"type\": \"ATTACHMENT\", "
                + "\"value\": \"p.png\", \"arn\": \"arn:att\", \"status\": \"APPROVED\"}, \"Odd\": {\"type\": "
                + "\"HOLOGRAM\"}, \"skipped\": \"x\"}").replace("\"contactId\":", "\"segmentAttributes\": "
                + "{\"connect:Subtype\": {\"ValueString\": \"connect:Telephony\"}, \"empty\": {}}, "
                + "\"contactAssociationId\": \"assoc-1\", \"relatedContactId\": \"rel-1\", "
                + "\"connectSystemEndpoint\": {\"type\": \"TELEPHONE_NUMBER\", "
                + "\"address\": \"+18005550199\", \"phoneNumber\": \"+18005550199\"}, \"contactId\":")
                .replace("\"contactDuration\": \"0\"", "\"contactDuration\": 73")
                .replace("\"multiPartyConferenceEnabled\": false}", "\"multiPartyConferenceEnabled\": true, "
                        + "\"screenRecordingConfig\": {\"screenRecordingEnabled\": true, \"screenRecordingState\": "
                        + "\"STARTED\"}}"));
        corpus.put("reference without type", recorded.replace("\"references\": null",
                "\"references\": {\"Ticket\": {\"value\": \"https://crm.example/t/1\"}}"));
        corpus.put("contact duration text", recorded.replace("\"contactDuration\": \"0\"",
                "\"contactDuration\": \"soon\""));
        corpus.put("contact duration fraction", recorded.replace("\"contactDuration\": \"0\"",
                "\"contactDuration\": 1.5"));
        corpus.put("contact features flat", recorded.replace("\"multiPartyConferenceEnabled\": false}",
                "\"screenRecordingEnabled\": \"true\", \"screenRecordingState\": \"STOPPED\"}"));
        corpus.put("contact features string", recorded.replace("\"contactFeatures\": {", "\"contactFeatures\": "
                + "\"none\", \"was\": {"));
        corpus.put("monitoring", recorded.replace("\"monitoringInfo\": null", "\"monitoringInfo\": {\"agent\": "
                + "{\"agentName\": \"Sam Supervisor\"}, \"joinTimeStamp\": 1646369083.5}, \"monitorStatus\": "
                + "\"SILENT_MONITOR\", \"monitorCapabilities\": [\"SILENT_MONITOR\", \"BARGE\", \"WHISPER\"]"));
        corpus.put("monitoring join time text", recorded.replace("\"monitoringInfo\": null",
                "\"monitoringInfo\": {\"joinTimeStamp\": \"later\"}"));
        corpus.put("monitoring agent array", recorded.replace("\"monitoringInfo\": null",
                "\"monitoringInfo\": {\"agent\": []}"));
        corpus.put("duplicate member", recorded.replace("\"nextToken\": \"token-2\",",
                "\"nextToken\": \"token-1\", \"nextToken\": \"token-2\","));
        corpus.put("lenient syntax", recorded.replace("\"nextToken\": \"token-2\",", "nextToken: 'token-2'; "
                + "/* a comment */"));
        corpus.put("empty", "");
        corpus.put("blank", "  \n ");
        corpus.put("json null", "null");
        corpus.put("array", "[1, 2, 3]");
        corpus.put("number", "42");
        corpus.put("string", "\"snapshot\"");
        corpus.put("empty object", "{}");
        corpus.put("truncated", recorded.substring(0, recorded.length() / 2));
        corpus.put("truncated after a wrong type", recorded.replace(timestamp, "\"snapshotTimestamp\": {}")
                .substring(0, recorded.length() - 40));
        corpus.put("wrong type then garbage", recorded.replace("\"nextToken\": \"token-2\",",
                "\"nextToken\": {},") + " }}");
        corpus.put("trailing garbage", recorded + " x");
        corpus.put("two documents", recorded + recorded);
        corpus.put("unbalanced", recorded.replace("\"contacts\": [", "\"contacts\": [["));
        return corpus;
    }

    /** The snapshot read, or the failure without the name of an exception class in parentheses. */
    private static String outcome(String body) {
        ReplayHttpClient client = new ReplayHttpClient(List.of(body.getBytes(StandardCharsets.UTF_8)));
        CtiTransport transport = new CtiTransport(client, URI.create("https://127.0.0.1:1/api"),
                () -> new AuthToken("bearer-token", Instant.MAX), Duration.ofSeconds(5), 1 << 20,
                (ApiMetric metric) -> { }, new CtiTransport.AuthListener() {
                    @Override
                    public void unauthorized(CtiOperation operation, boolean budgetExhausted) {
                        // never: every answer is a 200
                    }

                    @Override
                    public void accessDenied(CtiOperation operation, boolean budgetExhausted) {
                        // never: every answer is a 200
                    }
                });
        try {
            return "read " + sortedMaps(new CtiHttpBackend(transport).getAgentSnapshot(null, Duration.ofSeconds(1))
                    .toCompletableFuture().join().toString());
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            return cause.getClass().getSimpleName() + ": "
                    + cause.getMessage().replaceFirst(" \\([A-Za-z]+\\)$", "");
        }
    }

    /** The model's maps are immutable copies, whose order changes from one JVM to the next: entries are sorted. */
    private static String sortedMaps(String text) {
        return MAP.matcher(text).replaceAll(map -> Matcher.quoteReplacement("{" + entries(map.group(1)).stream()
                .sorted().collect(Collectors.joining(", ")) + "}"));
    }

    /** The entries of a map's text, split at the commas outside the records' brackets. */
    private static List<String> entries(String map) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < map.length(); i++) {
            char c = map.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth == 0 && map.startsWith(", ", i)) {
                entries.add(map.substring(start, i));
                start = i + 2;
            }
        }
        entries.add(map.substring(start));
        return entries;
    }

    private static Map<String, String> recorded() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(CtiBackendTest.fixture("corpus.txt").lines().toList());
        for (String line : lines) {
            int tab = line.indexOf('\t');
            outcomes.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return outcomes;
    }
}
