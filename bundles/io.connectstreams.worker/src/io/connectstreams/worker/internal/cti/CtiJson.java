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

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Unknown enumeration values become {@code UNKNOWN}; missing optional members become {@code null} or empty;
 * missing required members are a {@link io.connectstreams.api.MalformedResponseException} naming the member.
 */
final class CtiJson {

    private CtiJson() {
    }

    static SnapshotResult snapshotResult(JsonReader answer) {
        JsonReader snapshot = answer.requiredObject("snapshot");
        return new SnapshotResult(agentState(snapshot.requiredObject("state")), optionalState(snapshot, "nextState"),
                availability(snapshot.object("agentAvailabilityState")), snapshot.requiredInstant("snapshotTimestamp"),
                snapshot.list("contacts", CtiJson::contact), answer.requiredString("nextToken"));
    }

    static AgentConfiguration configuration(JsonReader answer) {
        JsonReader c = answer.requiredObject("configuration");
        return new AgentConfiguration(c.string("name"), c.string("username"), c.bool("softphoneEnabled"),
                c.bool("softphoneAutoAccept"), c.string("extension"), routingProfile(c.object("routingProfile")),
                c.stringMap("agentPreferences"), c.string("agentARN"), List.of(), List.of(), List.of());
    }

    static AgentState agentState(JsonReader s) {
        return new AgentState(s.string("agentStateARN"), AgentStateType.fromWire(s.requiredString("type")),
                s.requiredString("name"), s.instant("startTimestamp"));
    }

    static Queue queue(JsonReader q) {
        return new Queue(q.requiredString("queueARN"), q.string("name"));
    }

    static Endpoint endpoint(JsonReader e) {
        JsonReader queue = e.object("queue");
        return new Endpoint(e.string("endpointARN"), EndpointType.fromWire(e.string("type")), e.string("name"),
                e.string("phoneNumber"), e.string("agentLogin"), queue == null ? null : queue(queue));
    }

    static WebSocketTransport webSocketTransport(JsonReader answer) {
        JsonReader transport = answer.requiredObject("webSocketTransport");
        Long lifetime = transport.longValue("transportLifeTimeInSeconds");
        return new WebSocketTransport(transport.requiredUri("url"),
                lifetime == null ? 0 : lifetime, transport.instant("expiry"));
    }

    static List<IceServer> softphoneTransport(JsonReader answer) {
        return answer.requiredObject("softphoneTransport").list("softphoneMediaConnections",
                c -> new IceServer(c.strings("urls"), c.string("username"), c.string("credential")));
    }

    private static AgentState optionalState(JsonReader parent, String name) {
        JsonReader state = parent.object(name);
        return state == null ? null : agentState(state);
    }

    private static AgentAvailabilityState availability(JsonReader a) {
        return a == null ? null : new AgentAvailabilityState(a.string("state"), a.instant("timeStamp"));
    }

    private static RoutingProfile routingProfile(JsonReader r) {
        if (r == null) {
            return null;
        }
        JsonReader outbound = r.object("defaultOutboundQueue");
        return new RoutingProfile(r.string("name"), r.string("routingProfileARN"),
                outbound == null ? null : queue(outbound), List.of(), r.longMap("channelConcurrencyMap"));
    }

    private static ContactSnapshot contact(JsonReader c) {
        String contactId = c.requiredString("contactId");
        JsonReader queue = c.object("queue");
        JsonReader customer = c.object("customerEndpoint");
        JsonReader system = c.object("connectSystemEndpoint");
        Long duration = c.longValue("contactDuration");
        return new ContactSnapshot(contactId, c.string("initialContactId"), c.string("relatedContactId"),
                ContactType.fromWire(c.requiredString("type")), contactState(c.requiredObject("state")),
                queue == null ? null : queue(queue), c.instant("queueTimestamp"), attributes(c), c.string("name"),
                c.string("description"), ContactInitiationMethod.fromWire(c.string("initiationMethod")),
                customer == null ? null : endpoint(customer),
                c.list("connections", connection -> connection(contactId, connection)),
                c.string("contactAssociationId"), duration == null ? null : Duration.ofSeconds(duration),
                references(c), segmentAttributes(c), contactFeatures(c.object("contactFeatures")),
                system == null ? null : endpoint(system));
    }

    /** The model requires {@code name}; a service that leaves it out still names the attribute by its key. */
    private static Map<String, ContactAttribute> attributes(JsonReader c) {
        Map<String, ContactAttribute> attributes = new LinkedHashMap<>();
        c.objectMap("attributes").forEach((key, attribute) -> {
            String name = attribute.string("name");
            attributes.put(key, new ContactAttribute(name != null ? name : key, attribute.string("value")));
        });
        return attributes;
    }

    private static Map<String, Reference> references(JsonReader c) {
        Map<String, Reference> references = new LinkedHashMap<>();
        c.objectMap("references").forEach((name, r) -> references.put(name,
                new Reference(ReferenceType.fromWire(r.requiredString("type")), r.string("value"), r.string("arn"),
                        r.string("status"), r.string("statusReason"))));
        return references;
    }

    private static Map<String, SegmentAttributeValue> segmentAttributes(JsonReader c) {
        Map<String, SegmentAttributeValue> attributes = new LinkedHashMap<>();
        c.objectMap("segmentAttributes")
                .forEach((key, value) -> attributes.put(key, new SegmentAttributeValue(value.string("ValueString"))));
        return attributes;
    }

    private static ContactFeatures contactFeatures(JsonReader f) {
        if (f == null) {
            return ContactFeatures.NONE;
        }
        JsonReader recording = f.object("screenRecordingConfig");
        boolean recordingEnabled = f.bool("screenRecordingEnabled")
                || recording != null && recording.bool("screenRecordingEnabled");
        String recordingState = f.string("screenRecordingState");
        if (recordingState == null && recording != null) {
            recordingState = recording.string("screenRecordingState");
        }
        return new ContactFeatures(f.bool("attachmentsEnabled"), f.bool("messagingMarkdownEnabled"),
                f.bool("multiPartyConferenceEnabled"), recordingEnabled, recordingState);
    }

    private static ContactState contactState(JsonReader s) {
        return new ContactState(ContactStateType.fromWire(s.requiredString("type")), s.instant("timestamp"));
    }

    private static ConnectionSnapshot connection(String contactId, JsonReader c) {
        JsonReader state = c.requiredObject("state");
        JsonReader endpoint = c.object("endpoint");
        JsonReader media = c.object("softphoneMediaInfo");
        String monitorStatus = c.string("monitorStatus");
        return new ConnectionSnapshot(contactId, c.requiredString("connectionId"),
                ConnectionType.fromWire(c.requiredString("type")), c.bool("initial"),
                new ConnectionState(ConnectionStateType.fromWire(state.requiredString("type")),
                        state.instant("timestamp")),
                endpoint == null ? null : endpoint(endpoint), media == null ? null : softphoneMediaInfo(media),
                c.bool("mute"), c.bool("forcedMute"), c.string("quickConnectName"),
                c.strings("monitorCapabilities").stream().map(MonitoringMode::fromWire).toList(),
                monitorStatus == null ? null : MonitoringMode.fromWire(monitorStatus),
                monitoringInfo(c.object("monitoringInfo")));
    }

    private static MonitoringInfo monitoringInfo(JsonReader m) {
        if (m == null) {
            return null;
        }
        JsonReader agent = m.object("agent");
        return new MonitoringInfo(agent == null ? null : agent.string("agentName"), m.instant("joinTimeStamp"));
    }

    private static SoftphoneMediaInfo softphoneMediaInfo(JsonReader m) {
        return new SoftphoneMediaInfo(SoftphoneCallType.fromWire(m.string("callType")), m.bool("autoAccept"),
                m.string("mediaLegContextToken"), m.string("callContextToken"), m.string("callConfigJson"));
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
