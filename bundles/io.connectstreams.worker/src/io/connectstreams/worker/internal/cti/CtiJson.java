/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.connectstreams.api.model.AgentAvailabilityState;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactAttribute;
import io.connectstreams.api.model.ContactFeatures;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.Reference;
import io.connectstreams.api.model.ReferenceType;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.model.SegmentAttributeValue;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;
import io.connectstreams.api.softphone.IceServer;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.api.spi.WebSocketTransport;

/**
 * Maps the shapes of the CTI service model (AmazonConnectCTIService 2017-02-15) to the API's records and back.
 * Answers are read in one pass with an {@link AnswerReader}, each member into the record it belongs to, in whatever
 * order the members come.
 * Unknown enumeration values become {@code UNKNOWN}; missing optional members become {@code null} or empty;
 * missing required members are a {@link io.connectstreams.api.MalformedResponseException} naming the member.
 */
final class CtiJson {

    private CtiJson() {
    }

    static SnapshotResult snapshotResult(AnswerReader answer) throws IOException {
        Function<String, SnapshotResult> snapshot = null;
        String nextToken = null;
        while (answer.nextMember()) {
            switch (answer.name()) {
                case "snapshot" -> snapshot = answer.object(CtiJson::snapshot);
                case "nextToken" -> nextToken = answer.string();
                default -> answer.skip();
            }
        }
        return answer.required(snapshot, "snapshot").apply(answer.required(nextToken, "nextToken"));
    }

    static AgentConfiguration configuration(AnswerReader answer) throws IOException {
        AgentConfiguration configuration = null;
        while (answer.nextMember()) {
            if (answer.name().equals("configuration")) {
                configuration = answer.object(CtiJson::agentConfiguration);
            } else {
                answer.skip();
            }
        }
        return answer.required(configuration, "configuration");
    }

    static AgentState agentState(AnswerReader s) throws IOException {
        String arn = null;
        String type = null;
        String name = null;
        Instant start = null;
        while (s.nextMember()) {
            switch (s.name()) {
                case "agentStateARN" -> arn = s.string();
                case "type" -> type = s.string();
                case "name" -> name = s.string();
                case "startTimestamp" -> start = s.instant();
                default -> s.skip();
            }
        }
        return new AgentState(arn, AgentStateType.fromWire(s.required(type, "type")), s.required(name, "name"),
                start);
    }

    static Queue queue(AnswerReader q) throws IOException {
        String arn = null;
        String name = null;
        while (q.nextMember()) {
            switch (q.name()) {
                case "queueARN" -> arn = q.string();
                case "name" -> name = q.string();
                default -> q.skip();
            }
        }
        return new Queue(q.required(arn, "queueARN"), name);
    }

    static Endpoint endpoint(AnswerReader e) throws IOException {
        String arn = null;
        String type = null;
        String name = null;
        String phoneNumber = null;
        String agentLogin = null;
        Queue queue = null;
        while (e.nextMember()) {
            switch (e.name()) {
                case "endpointARN" -> arn = e.string();
                case "type" -> type = e.string();
                case "name" -> name = e.string();
                case "phoneNumber" -> phoneNumber = e.string();
                case "agentLogin" -> agentLogin = e.string();
                case "queue" -> queue = e.object(CtiJson::queue);
                default -> e.skip();
            }
        }
        return new Endpoint(arn, EndpointType.fromWire(type), name, phoneNumber, agentLogin, queue);
    }

    static WebSocketTransport webSocketTransport(AnswerReader answer) throws IOException {
        WebSocketTransport transport = null;
        while (answer.nextMember()) {
            if (answer.name().equals("webSocketTransport")) {
                transport = answer.object(t -> {
                    URI url = null;
                    Long lifetime = null;
                    Instant expiry = null;
                    while (t.nextMember()) {
                        switch (t.name()) {
                            case "url" -> url = t.uri();
                            case "transportLifeTimeInSeconds" -> lifetime = t.longValue();
                            case "expiry" -> expiry = t.instant();
                            default -> t.skip();
                        }
                    }
                    return new WebSocketTransport(t.required(url, "url"), lifetime == null ? 0 : lifetime, expiry);
                });
            } else {
                answer.skip();
            }
        }
        return answer.required(transport, "webSocketTransport");
    }

    static List<IceServer> softphoneTransport(AnswerReader answer) throws IOException {
        List<IceServer> servers = null;
        while (answer.nextMember()) {
            if (answer.name().equals("softphoneTransport")) {
                servers = answer.object(t -> {
                    List<IceServer> connections = List.of();
                    while (t.nextMember()) {
                        if (t.name().equals("softphoneMediaConnections")) {
                            connections = t.list(CtiJson::iceServer);
                        } else {
                            t.skip();
                        }
                    }
                    return connections;
                });
            } else {
                answer.skip();
            }
        }
        return answer.required(servers, "softphoneTransport");
    }

    /** An answer whose members the client does not read: it must still be a JSON object. */
    static Void nothing(AnswerReader answer) throws IOException {
        while (answer.nextMember()) {
            answer.skip();
        }
        return null;
    }

    /** The snapshot waits for the answer's {@code nextToken}, which may come after it. */
    private static Function<String, SnapshotResult> snapshot(AnswerReader s) throws IOException {
        AgentState state = null;
        AgentState next = null;
        AgentAvailabilityState availability = null;
        Instant timestamp = null;
        List<ContactSnapshot> contacts = List.of();
        while (s.nextMember()) {
            switch (s.name()) {
                case "state" -> state = s.object(CtiJson::agentState);
                case "nextState" -> next = s.object(CtiJson::agentState);
                case "agentAvailabilityState" -> availability = s.object(CtiJson::availability);
                case "snapshotTimestamp" -> timestamp = s.instant();
                case "contacts" -> contacts = s.list(CtiJson::contact);
                default -> s.skip();
            }
        }
        AgentState current = s.required(state, "state");
        AgentState nextState = next;
        AgentAvailabilityState available = availability;
        Instant at = s.required(timestamp, "snapshotTimestamp");
        List<ContactSnapshot> all = contacts;
        return nextToken -> new SnapshotResult(current, nextState, available, at, all, nextToken);
    }

    private static AgentAvailabilityState availability(AnswerReader a) throws IOException {
        String state = null;
        Instant since = null;
        while (a.nextMember()) {
            switch (a.name()) {
                case "state" -> state = a.string();
                case "timeStamp" -> since = a.instant();
                default -> a.skip();
            }
        }
        return new AgentAvailabilityState(state, since);
    }

    private static AgentConfiguration agentConfiguration(AnswerReader c) throws IOException {
        String name = null;
        String username = null;
        boolean softphoneEnabled = false;
        boolean softphoneAutoAccept = false;
        String extension = null;
        RoutingProfile routingProfile = null;
        Map<String, String> preferences = Map.of();
        String arn = null;
        while (c.nextMember()) {
            switch (c.name()) {
                case "name" -> name = c.string();
                case "username" -> username = c.string();
                case "softphoneEnabled" -> softphoneEnabled = c.bool();
                case "softphoneAutoAccept" -> softphoneAutoAccept = c.bool();
                case "extension" -> extension = c.string();
                case "routingProfile" -> routingProfile = c.object(CtiJson::routingProfile);
                case "agentPreferences" -> preferences = c.stringMap();
                case "agentARN" -> arn = c.string();
                default -> c.skip();
            }
        }
        return new AgentConfiguration(name, username, softphoneEnabled, softphoneAutoAccept, extension,
                routingProfile, preferences, arn, List.of(), List.of(), List.of());
    }

    private static RoutingProfile routingProfile(AnswerReader r) throws IOException {
        String name = null;
        String arn = null;
        Queue outbound = null;
        Map<String, Long> concurrency = Map.of();
        while (r.nextMember()) {
            switch (r.name()) {
                case "name" -> name = r.string();
                case "routingProfileARN" -> arn = r.string();
                case "defaultOutboundQueue" -> outbound = r.object(CtiJson::queue);
                case "channelConcurrencyMap" -> concurrency = r.longMap();
                default -> r.skip();
            }
        }
        return new RoutingProfile(name, arn, outbound, List.of(), concurrency);
    }

    private static IceServer iceServer(AnswerReader c) throws IOException {
        List<String> urls = List.of();
        String username = null;
        String credential = null;
        while (c.nextMember()) {
            switch (c.name()) {
                case "urls" -> urls = c.strings();
                case "username" -> username = c.string();
                case "credential" -> credential = c.string();
                default -> c.skip();
            }
        }
        return new IceServer(urls, username, credential);
    }

    private static ContactSnapshot contact(AnswerReader c) throws IOException {
        String contactId = null;
        String initialContactId = null;
        String relatedContactId = null;
        String type = null;
        ContactState state = null;
        Queue queue = null;
        Instant queueTimestamp = null;
        Map<String, NameValue> attributes = Map.of();
        String name = null;
        String description = null;
        String initiationMethod = null;
        Endpoint customer = null;
        List<Function<String, ConnectionSnapshot>> connections = List.of();
        String associationId = null;
        Long duration = null;
        Map<String, Reference> references = Map.of();
        Map<String, SegmentAttributeValue> segmentAttributes = Map.of();
        ContactFeatures features = null;
        Endpoint system = null;
        while (c.nextMember()) {
            switch (c.name()) {
                case "contactId" -> contactId = c.string();
                case "initialContactId" -> initialContactId = c.string();
                case "relatedContactId" -> relatedContactId = c.string();
                case "type" -> type = c.string();
                case "state" -> state = c.object(CtiJson::contactState);
                case "queue" -> queue = c.object(CtiJson::queue);
                case "queueTimestamp" -> queueTimestamp = c.instant();
                case "attributes" -> attributes = c.objectMap(CtiJson::nameValue);
                case "name" -> name = c.string();
                case "description" -> description = c.string();
                case "initiationMethod" -> initiationMethod = c.string();
                case "customerEndpoint" -> customer = c.object(CtiJson::endpoint);
                case "connections" -> connections = c.list(CtiJson::connection);
                case "contactAssociationId" -> associationId = c.string();
                case "contactDuration" -> duration = c.longValue();
                case "references" -> references = c.objectMap(CtiJson::reference);
                case "segmentAttributes" -> segmentAttributes = c.objectMap(CtiJson::segmentAttribute);
                case "contactFeatures" -> features = c.object(CtiJson::contactFeatures);
                case "connectSystemEndpoint" -> system = c.object(CtiJson::endpoint);
                default -> c.skip();
            }
        }
        String id = c.required(contactId, "contactId");
        ContactType contactType = ContactType.fromWire(c.required(type, "type"));
        return new ContactSnapshot(id, initialContactId, relatedContactId, contactType,
                c.required(state, "state"), queue, queueTimestamp, attributes(attributes), name, description,
                ContactInitiationMethod.fromWire(initiationMethod), customer,
                withContactId(connections, id), associationId,
                duration == null ? null : Duration.ofSeconds(duration), references, segmentAttributes,
                features == null ? ContactFeatures.NONE : features, system);
    }

    private static List<ConnectionSnapshot> withContactId(List<Function<String, ConnectionSnapshot>> read,
            String contactId) {
        List<ConnectionSnapshot> connections = new ArrayList<>(read.size());
        for (Function<String, ConnectionSnapshot> connection : read) {
            connections.add(connection.apply(contactId));
        }
        return connections;
    }

    /** The model requires {@code name}; a service that leaves it out still names the attribute by its key. */
    private static Map<String, ContactAttribute> attributes(Map<String, NameValue> read) {
        Map<String, ContactAttribute> attributes = new LinkedHashMap<>();
        read.forEach((key, attribute) -> attributes.put(key,
                new ContactAttribute(attribute.name() != null ? attribute.name() : key, attribute.value())));
        return attributes;
    }

    private static NameValue nameValue(AnswerReader a) throws IOException {
        String name = null;
        String value = null;
        while (a.nextMember()) {
            switch (a.name()) {
                case "name" -> name = a.string();
                case "value" -> value = a.string();
                default -> a.skip();
            }
        }
        return new NameValue(name, value);
    }

    private static Reference reference(AnswerReader r) throws IOException {
        String type = null;
        String value = null;
        String arn = null;
        String status = null;
        String statusReason = null;
        while (r.nextMember()) {
            switch (r.name()) {
                case "type" -> type = r.string();
                case "value" -> value = r.string();
                case "arn" -> arn = r.string();
                case "status" -> status = r.string();
                case "statusReason" -> statusReason = r.string();
                default -> r.skip();
            }
        }
        return new Reference(ReferenceType.fromWire(r.required(type, "type")), value, arn, status, statusReason);
    }

    private static SegmentAttributeValue segmentAttribute(AnswerReader v) throws IOException {
        String text = null;
        while (v.nextMember()) {
            if (v.name().equals("ValueString")) {
                text = v.string();
            } else {
                v.skip();
            }
        }
        return new SegmentAttributeValue(text);
    }

    /** Screen recording is read from the contact's features or from their {@code screenRecordingConfig}. */
    private static ContactFeatures contactFeatures(AnswerReader f) throws IOException {
        boolean attachments = false;
        boolean markdown = false;
        boolean conference = false;
        boolean recordingEnabled = false;
        String recordingState = null;
        NameValue recording = null;
        while (f.nextMember()) {
            switch (f.name()) {
                case "attachmentsEnabled" -> attachments = f.bool();
                case "messagingMarkdownEnabled" -> markdown = f.bool();
                case "multiPartyConferenceEnabled" -> conference = f.bool();
                case "screenRecordingEnabled" -> recordingEnabled = f.bool();
                case "screenRecordingState" -> recordingState = f.string();
                case "screenRecordingConfig" -> recording = f.object(CtiJson::screenRecording);
                default -> f.skip();
            }
        }
        if (recording != null) {
            recordingEnabled = recordingEnabled || Boolean.parseBoolean(recording.name());
            recordingState = recordingState != null ? recordingState : recording.value();
        }
        return new ContactFeatures(attachments, markdown, conference, recordingEnabled, recordingState);
    }

    /** {@code screenRecordingConfig} as (whether enabled, state). */
    private static NameValue screenRecording(AnswerReader r) throws IOException {
        boolean enabled = false;
        String state = null;
        while (r.nextMember()) {
            switch (r.name()) {
                case "screenRecordingEnabled" -> enabled = r.bool();
                case "screenRecordingState" -> state = r.string();
                default -> r.skip();
            }
        }
        return new NameValue(String.valueOf(enabled), state);
    }

    private static ContactState contactState(AnswerReader s) throws IOException {
        String type = null;
        Instant timestamp = null;
        while (s.nextMember()) {
            switch (s.name()) {
                case "type" -> type = s.string();
                case "timestamp" -> timestamp = s.instant();
                default -> s.skip();
            }
        }
        return new ContactState(ContactStateType.fromWire(s.required(type, "type")), timestamp);
    }

    /** The connection waits for its contact's id, which may come after the connections. */
    private static Function<String, ConnectionSnapshot> connection(AnswerReader c) throws IOException {
        String connectionId = null;
        String type = null;
        boolean initial = false;
        ConnectionState state = null;
        Endpoint endpoint = null;
        SoftphoneMediaInfo media = null;
        boolean mute = false;
        boolean forcedMute = false;
        String quickConnectName = null;
        List<String> capabilities = List.of();
        String monitorStatus = null;
        MonitoringInfo monitoring = null;
        while (c.nextMember()) {
            switch (c.name()) {
                case "connectionId" -> connectionId = c.string();
                case "type" -> type = c.string();
                case "initial" -> initial = c.bool();
                case "state" -> state = c.object(CtiJson::connectionState);
                case "endpoint" -> endpoint = c.object(CtiJson::endpoint);
                case "softphoneMediaInfo" -> media = c.object(CtiJson::softphoneMediaInfo);
                case "mute" -> mute = c.bool();
                case "forcedMute" -> forcedMute = c.bool();
                case "quickConnectName" -> quickConnectName = c.string();
                case "monitorCapabilities" -> capabilities = c.strings();
                case "monitorStatus" -> monitorStatus = c.string();
                case "monitoringInfo" -> monitoring = c.object(CtiJson::monitoringInfo);
                default -> c.skip();
            }
        }
        ConnectionState connectionState = c.required(state, "state");
        String id = c.required(connectionId, "connectionId");
        ConnectionType connectionType = ConnectionType.fromWire(c.required(type, "type"));
        boolean isInitial = initial;
        Endpoint at = endpoint;
        SoftphoneMediaInfo mediaInfo = media;
        boolean muted = mute;
        boolean forced = forcedMute;
        String quickConnect = quickConnectName;
        List<MonitoringMode> modes = new ArrayList<>(capabilities.size());
        for (String capability : capabilities) {
            modes.add(MonitoringMode.fromWire(capability));
        }
        MonitoringMode status = monitorStatus == null ? null : MonitoringMode.fromWire(monitorStatus);
        MonitoringInfo info = monitoring;
        return contactId -> new ConnectionSnapshot(contactId, id, connectionType, isInitial, connectionState, at,
                mediaInfo, muted, forced, quickConnect, modes, status, info);
    }

    private static ConnectionState connectionState(AnswerReader s) throws IOException {
        String type = null;
        Instant timestamp = null;
        while (s.nextMember()) {
            switch (s.name()) {
                case "type" -> type = s.string();
                case "timestamp" -> timestamp = s.instant();
                default -> s.skip();
            }
        }
        return new ConnectionState(ConnectionStateType.fromWire(s.required(type, "type")), timestamp);
    }

    private static MonitoringInfo monitoringInfo(AnswerReader m) throws IOException {
        String agentName = null;
        Instant joined = null;
        while (m.nextMember()) {
            switch (m.name()) {
                case "agent" -> agentName = m.object(CtiJson::agentName);
                case "joinTimeStamp" -> joined = m.instant();
                default -> m.skip();
            }
        }
        return new MonitoringInfo(agentName, joined);
    }

    private static String agentName(AnswerReader a) throws IOException {
        String name = null;
        while (a.nextMember()) {
            if (a.name().equals("agentName")) {
                name = a.string();
            } else {
                a.skip();
            }
        }
        return name;
    }

    private static SoftphoneMediaInfo softphoneMediaInfo(AnswerReader m) throws IOException {
        String callType = null;
        boolean autoAccept = false;
        String mediaLegContextToken = null;
        String callContextToken = null;
        String callConfigJson = null;
        while (m.nextMember()) {
            switch (m.name()) {
                case "callType" -> callType = m.string();
                case "autoAccept" -> autoAccept = m.bool();
                case "mediaLegContextToken" -> mediaLegContextToken = m.string();
                case "callContextToken" -> callContextToken = m.string();
                case "callConfigJson" -> callConfigJson = m.string();
                default -> m.skip();
            }
        }
        return new SoftphoneMediaInfo(SoftphoneCallType.fromWire(callType), autoAccept, mediaLegContextToken,
                callContextToken, callConfigJson);
    }

    /** A {@code name}/{@code value} pair as sent, either may be absent. */
    private record NameValue(String name, String value) {
    }

    // ---- requests -------------------------------------------------------------------------------------------

    static JsonObject agentState(AgentState state) {
        JsonObject json = new JsonObject();
        json.add("agentStateARN", state.agentStateArn() == null ? JsonNull.INSTANCE : text(state.agentStateArn()));
        json.addProperty("type", state.type().wireValue());
        json.addProperty("name", state.name());
        if (state.startTimestamp() != null) {
            json.addProperty("startTimestamp", epochSeconds(state.startTimestamp()));
        }
        return json;
    }

    static JsonObject endpoint(Endpoint endpoint) {
        JsonObject json = new JsonObject();
        // Streams deletes endpointId before sending; only the model's members go out
        if (endpoint.endpointArn() != null) {
            json.addProperty("endpointARN", endpoint.endpointArn());
        }
        json.addProperty("type", endpoint.type().wireValue());
        if (endpoint.name() != null) {
            json.addProperty("name", endpoint.name());
        }
        if (endpoint.phoneNumber() != null) {
            json.addProperty("phoneNumber", endpoint.phoneNumber());
        }
        if (endpoint.agentLogin() != null) {
            json.addProperty("agentLogin", endpoint.agentLogin());
        }
        if (endpoint.queue() != null) {
            json.add("queue", queue(endpoint.queue()));
        }
        return json;
    }

    /** Streams' {@code _translateParams} for updateAgentConfiguration: only these members are sent. */
    static JsonObject configuration(AgentConfiguration configuration) {
        JsonObject json = new JsonObject();
        json.addProperty("name", configuration.name());
        json.addProperty("softphoneEnabled", configuration.softphoneEnabled());
        json.addProperty("softphoneAutoAccept", configuration.softphoneAutoAccept());
        if (configuration.extension() != null) {
            json.addProperty("extension", configuration.extension());
        }
        if (configuration.routingProfile() != null) {
            RoutingProfile profile = configuration.routingProfile();
            JsonObject routing = new JsonObject();
            routing.addProperty("name", profile.name());
            routing.addProperty("routingProfileARN", profile.routingProfileArn());
            if (profile.defaultOutboundQueue() != null) {
                routing.add("defaultOutboundQueue", queue(profile.defaultOutboundQueue()));
            }
            json.add("routingProfile", routing);
        }
        JsonObject preferences = new JsonObject();
        configuration.agentPreferences().forEach(preferences::addProperty);
        json.add("agentPreferences", preferences);
        return json;
    }

    /** Streams renames {@code packetsCount} to {@code packetCount} on the wire. */
    static JsonArray statistics(List<RtpStreamStats> statistics) {
        JsonArray array = new JsonArray();
        for (RtpStreamStats s : statistics) {
            JsonObject json = new JsonObject();
            json.addProperty("softphoneStreamType", s.softphoneStreamType());
            json.addProperty("timestamp", epochSeconds(s.timestamp()));
            json.addProperty("packetsLost", s.packetsLost());
            json.addProperty("packetCount", s.packetsCount());
            json.addProperty("audioLevel", s.audioLevel());
            json.addProperty("jitterBufferMillis", s.jitterBufferMillis());
            json.addProperty("roundTripTimeMillis", s.roundTripTimeMillis());
            array.add(json);
        }
        return array;
    }

    /** Streams' {@code _translateSoftphoneCallReport} renames, applied on the wire. */
    static JsonObject report(SoftphoneCallReport r) {
        JsonObject json = new JsonObject();
        json.addProperty("callStartTime", epochSeconds(r.callStartTime()));
        json.addProperty("callEndTime", epochSeconds(r.callEndTime()));
        json.addProperty("gumTimeMillis", r.gumTimeMillis());
        json.addProperty("initializationTimeMillis", r.initializationTimeMillis());
        json.addProperty("iceCollectionTimeMillis", r.iceCollectionTimeMillis());
        json.addProperty("signallingConnectTimeMillis", r.signallingConnectTimeMillis());
        json.addProperty("handshakeTimeMillis", r.handshakingTimeMillis());
        json.addProperty("preTalkTimeMillis", r.preTalkingTimeMillis());
        json.addProperty("talkTimeMillis", r.talkingTimeMillis());
        json.addProperty("cleanupTimeMillis", r.cleanupTimeMillis());
        json.addProperty("iceCollectionFailure", r.iceCollectionFailure());
        json.addProperty("signallingConnectionFailure", r.signallingConnectionFailure());
        json.addProperty("handshakeFailure", r.handshakingFailure());
        json.addProperty("gumOtherFailure", r.gumOtherFailure());
        json.addProperty("gumTimeoutFailure", r.gumTimeoutFailure());
        json.addProperty("createOfferFailure", r.createOfferFailure());
        json.addProperty("setLocalDescriptionFailure", r.setLocalDescriptionFailure());
        json.addProperty("userBusyFailure", r.userBusyFailure());
        json.addProperty("invalidRemoteSDPFailure", r.invalidRemoteSdpFailure());
        json.addProperty("noRemoteIceCandidateFailure", r.noRemoteIceCandidateFailure());
        json.addProperty("setRemoteDescriptionFailure", r.setRemoteDescriptionFailure());
        json.add("softphoneStreamStatistics", statistics(r.softphoneStreamStatistics()));
        return json;
    }

    static double epochSeconds(Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    private static JsonObject queue(Queue queue) {
        JsonObject json = new JsonObject();
        json.addProperty("queueARN", queue.queueArn());
        if (queue.name() != null) {
            json.addProperty("name", queue.name());
        }
        return json;
    }

    private static JsonElement text(String value) {
        return new com.google.gson.JsonPrimitive(value);
    }
}
