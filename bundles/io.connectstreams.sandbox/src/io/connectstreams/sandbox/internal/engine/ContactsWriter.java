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
import java.util.Collection;

import com.google.gson.stream.JsonWriter;

/**
 * Renders the engine's view of every contact for the control API: the wire states plus where the contact is
 * (queued, offered, ...), its agent and its media events. Tokens are left out.
 */
final class ContactsWriter {

    private ContactsWriter() {
    }

    static String json(Collection<Contact> contacts, Collection<Contact> waiting, long now) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.writer(out)) {
            writer.beginObject();
            writer.name("contacts").beginArray();
            for (Contact contact : contacts) {
                writer.beginObject();
                writer.name("contactId").value(contact.id);
                writer.name("initialContactId").value(contact.initialContactId);
                writer.name("type").value(contact.type.wireValue());
                writer.name("state").value(contact.state.wireValue());
                writer.name("phase").value(contact.phase.name().toLowerCase(java.util.Locale.ROOT));
                writer.name("initiationMethod").value(contact.initiationMethod);
                writer.name("agent").value(contact.agent);
                writer.name("targetAgent").value(contact.targetAgent);
                writer.name("queue");
                SnapshotWriter.queue(writer, contact.queue);
                writer.name("customerNumber").value(contact.customerNumber);
                writer.name("name").value(contact.name);
                writer.name("ageSeconds").value(Math.max(0, (now - contact.createdAt) / 1000));
                writer.name("reroutes").value(contact.reroutes);
                writer.name("connections").beginArray();
                for (Connection connection : contact.connections) {
                    writer.beginObject();
                    writer.name("connectionId").value(connection.id);
                    writer.name("type").value(connection.type.wireValue());
                    writer.name("initial").value(connection.initial);
                    writer.name("state").value(connection.state.wireValue());
                    writer.name("mute").value(connection.mute);
                    writer.name("softphone").value(connection.softphone != null);
                    writer.name("endpoint");
                    SnapshotWriter.endpoint(writer, connection.endpoint);
                    writer.endObject();
                }
                writer.endArray();
                monitors(writer, contact);
                writer.name("media").beginObject();
                writer.name("state").value(contact.mediaState);
                writer.name("events").beginArray();
                for (String event : contact.mediaEvents) {
                    writer.value(event);
                }
                writer.endArray();
                writer.endObject();
                writer.endObject();
            }
            writer.endArray();
            writer.name("queued").beginArray();
            for (Contact contact : waiting) {
                writer.value(contact.id);
            }
            writer.endArray();
            writer.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The supervisors monitoring the contact (see {@link Monitoring}): who, and whether they barge. */
    private static void monitors(JsonWriter writer, Contact contact) throws IOException {
        writer.name("monitors").beginArray();
        for (Connection connection : contact.monitors) {
            writer.beginObject();
            writer.name("connectionId").value(connection.id);
            writer.name("supervisor").value(connection.monitor.supervisor());
            writer.name("state").value(connection.state.wireValue());
            writer.endObject();
        }
        writer.endArray();
    }
}
