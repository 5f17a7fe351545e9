/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.sandbox.TaskReference;

/**
 * Renders an agent's {@code GetAgentSnapshot} answer: state, nextState, agentAvailabilityState ({@code timeStamp}
 * with a capital S), snapshotTimestamp and the contacts with their connections. A member without a value is left out,
 * never written as {@code null}; a contact carries what Amazon Connect sends for its kind: for calls the subtype
 * ({@code segmentAttributes}), the customer's and the dialled system endpoint; for tasks name, description,
 * references and the scheduled time ({@code channelContext}); for related contacts the relation.
 */
final class SnapshotWriter {

    /** The {@code segmentAttributes} key of the contact subtype ({@code getContactSubtype()} in Streams). */
    static final String SUBTYPE = "connect:Subtype";
    /** The subtype of phone calls. */
    static final String TELEPHONY = "connect:Telephony";

    private SnapshotWriter() {
    }

    static String response(Agent agent, String nextToken, long now) {
        StringWriter out = new StringWriter(1024);
        try (JsonWriter writer = writer(out)) {
            writer.beginObject();
            writer.name("snapshot");
            snapshot(writer, agent, now);
            writer.name("nextToken").value(nextToken);
            writer.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String snapshot(Agent agent, long now) {
        StringWriter out = new StringWriter(1024);
        try (JsonWriter writer = writer(out)) {
            snapshot(writer, agent, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A writer that leaves out a member whose value is {@code null}, as the service does. */
    private static JsonWriter writer(StringWriter out) {
        JsonWriter writer = Json.writer(out);
        writer.setSerializeNulls(false);
        return writer;
    }

    private static void snapshot(JsonWriter writer, Agent agent, long now) throws IOException {
        writer.beginObject();
        writer.name("agentAvailabilityState").beginObject();
        writer.name("state").value(agent.base.name());
        writer.name("timeStamp");
        Json.timestamp(writer, agent.baseSince);
        writer.endObject();
        writer.name("contacts").beginArray();
        String viewer = agent.profile.username();
        for (Contact contact : agent.contacts.values()) {
            contact(writer, contact, Monitoring.seenBy(contact, viewer), now);
        }
        for (Contact contact : agent.monitored.values()) {
            contact(writer, contact, Monitoring.seenBy(contact, viewer), now);
        }
        writer.endArray();
        if (agent.next != null) {
            writer.name("nextState");
            state(writer, agent.next, agent.nextSince);
        }
        writer.name("snapshotTimestamp");
        Json.timestamp(writer, now);
        writer.name("state");
        state(writer, agent.shown, agent.shownSince);
        writer.endObject();
    }

    private static void state(JsonWriter writer, StateDef state, long since) throws IOException {
        writer.beginObject();
        writer.name("agentStateARN").value(state.arn());
        writer.name("name").value(state.name());
        writer.name("startTimestamp");
        Json.timestamp(writer, since);
        writer.name("type").value(state.type().wireValue());
        writer.endObject();
    }

    private static void contact(JsonWriter writer, Contact contact, List<Connection> connections, long now)
            throws IOException {
        writer.beginObject();
        writer.name("attributes").beginObject();
        for (Map.Entry<String, String> attribute : contact.attributes.entrySet()) {
            writer.name(attribute.getKey()).beginObject();
            writer.name("name").value(attribute.getKey());
            writer.name("value").value(attribute.getValue());
            writer.endObject();
        }
        writer.endObject();
        if (contact.scheduledTime != null) {
            writer.name("channelContext").beginObject();
            writer.name("scheduledTime").value(contact.scheduledTime.longValue());
            writer.endObject();
        }
        if (contact.systemNumber != null) {
            writer.name("connectSystemEndpoint");
            endpoint(writer, EndpointView.phone(contact.systemNumber));
        }
        writer.name("connections").beginArray();
        for (Connection connection : connections) {
            connection(writer, connection);
        }
        writer.endArray();
        writer.name("contactAssociationId").value(contact.contactAssociationId);
        writer.name("contactDuration").value(Long.toString(Math.max(0, (now - contact.createdAt) / 1000)));
        writer.name("contactFeatures").beginObject();
        writer.name("multiPartyConferenceEnabled").value(false);
        writer.endObject();
        writer.name("contactId").value(contact.id);
        if (contact.customerNumber != null) {
            writer.name("customerEndpoint");
            endpoint(writer, EndpointView.phone(contact.customerNumber));
        }
        writer.name("description").value(contact.description);
        writer.name("initialContactId").value(contact.initialContactId);
        writer.name("initiationMethod").value(contact.initiationMethod);
        writer.name("name").value(contact.name);
        writer.name("queue");
        queue(writer, contact.queue);
        writer.name("queueTimestamp");
        Json.timestamp(writer, contact.queueTimestamp);
        if (!contact.references.isEmpty()) {
            writer.name("references").beginObject();
            for (Map.Entry<String, TaskReference> reference : contact.references.entrySet()) {
                writer.name(reference.getKey()).beginObject();
                writer.name("type").value(reference.getValue().type());
                writer.name("value").value(reference.getValue().value());
                writer.endObject();
            }
            writer.endObject();
        }
        writer.name("relatedContactId").value(contact.relatedContactId);
        if (contact.type == ContactType.VOICE || contact.type == ContactType.QUEUE_CALLBACK) {
            writer.name("segmentAttributes").beginObject();
            writer.name(SUBTYPE).beginObject();
            writer.name("ValueString").value(TELEPHONY);
            writer.endObject();
            writer.endObject();
        }
        writer.name("state").beginObject();
        writer.name("timestamp");
        Json.timestamp(writer, contact.stateSince);
        writer.name("type").value(contact.state.wireValue());
        writer.endObject();
        writer.name("type").value(contact.type.wireValue());
        writer.endObject();
    }

    private static void connection(JsonWriter writer, Connection connection) throws IOException {
        writer.beginObject();
        writer.name("connectionId").value(connection.id);
        if (connection.endpoint != null) {
            writer.name("endpoint");
            endpoint(writer, connection.endpoint);
        }
        writer.name("initial").value(connection.initial);
        if (connection.monitor != null) {
            monitor(writer, connection);
        }
        writer.name("mute").value(connection.mute);
        writer.name("quickConnectName").value(connection.quickConnectName);
        SoftphoneInfo media = connection.softphone;
        if (media != null) {
            writer.name("softphoneMediaInfo").beginObject();
            writer.name("autoAccept").value(media.autoAccept());
            writer.name("callConfigJson").value(media.callConfigJson());
            writer.name("callContextToken").value(media.callContextToken());
            writer.name("callType").value(media.callType());
            writer.name("mediaLegContextToken").value(media.mediaLegContextToken());
            writer.endObject();
        }
        writer.name("state").beginObject();
        writer.name("timestamp");
        Json.timestamp(writer, connection.stateSince);
        writer.name("type").value(connection.state.wireValue());
        writer.endObject();
        writer.name("type").value(connection.type.wireValue());
        writer.endObject();
    }

    /** A supervisor's connection: {@code monitorCapabilities}, {@code monitorStatus} and {@code monitoringInfo}. */
    private static void monitor(JsonWriter writer, Connection connection) throws IOException {
        MonitorInfo monitor = connection.monitor;
        writer.name("monitorCapabilities").beginArray();
        for (MonitoringMode mode : monitor.capabilities()) {
            writer.value(mode.wireValue());
        }
        writer.endArray();
        writer.name("monitorStatus").value(connection.state == ConnectionStateType.BARGE
                ? MonitoringMode.BARGE.wireValue() : MonitoringMode.SILENT_MONITOR.wireValue());
        writer.name("monitoringInfo").beginObject();
        writer.name("agent").beginObject();
        writer.name("agentName").value(monitor.agentName());
        writer.endObject();
        writer.name("joinTimeStamp");
        Json.timestamp(writer, monitor.joinedAt());
        writer.endObject();
    }

    /** Writes an endpoint; {@code null} (an initial task connection's) is written as {@code null}. */
    static void endpoint(JsonWriter writer, EndpointView endpoint) throws IOException {
        if (endpoint == null) {
            writer.nullValue();
            return;
        }
        writer.beginObject();
        writer.name("agentLogin").value(endpoint.agentLogin());
        writer.name("endpointARN").value(endpoint.arn());
        writer.name("name").value(endpoint.name());
        writer.name("phoneNumber").value(endpoint.phoneNumber());
        writer.name("queue");
        queue(writer, endpoint.queue());
        writer.name("type").value(endpoint.type().wireValue());
        writer.endObject();
    }

    static void queue(JsonWriter writer, QueueRef queue) throws IOException {
        if (queue == null) {
            writer.nullValue();
            return;
        }
        writer.beginObject();
        writer.name("name").value(queue.name());
        writer.name("queueARN").value(queue.arn());
        writer.endObject();
    }
}
