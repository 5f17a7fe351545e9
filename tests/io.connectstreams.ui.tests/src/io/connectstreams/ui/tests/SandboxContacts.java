/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.SandboxControl;

/**
 * What the sandbox says about a contact ({@code GET /control/contacts}): the state a test asserts after each click,
 * on the back end's side rather than the view's.
 */
final class SandboxContacts {

    private SandboxContacts() {
    }

    /**
     * @param control the sandbox's control API
     * @param contactId a contact
     * @return its state on the wire ({@code connecting}, {@code connected}, {@code paused}, {@code ended}), empty
     *         when the sandbox no longer has it
     */
    static Optional<String> state(SandboxControl control, String contactId) {
        return contact(control, contactId).map(contact -> contact.get("state").getAsString());
    }

    /**
     * @param control the sandbox's control API
     * @param contactId a contact
     * @return the states of its supervisors' connections ({@code silent_monitor}, {@code barge}), none when nobody
     *         monitors it or it is gone
     */
    static List<String> monitors(SandboxControl control, String contactId) {
        return contact(control, contactId)
                .map(contact -> StreamSupport.stream(contact.getAsJsonArray("monitors").spliterator(), false)
                        .map(monitor -> monitor.getAsJsonObject().get("state").getAsString()).toList())
                .orElse(List.of());
    }

    private static Optional<JsonObject> contact(SandboxControl control, String contactId) {
        JsonObject all = JsonParser.parseString(control.contactsJson()).getAsJsonObject();
        for (JsonElement contact : all.getAsJsonArray("contacts")) {
            if (contactId.equals(contact.getAsJsonObject().get("contactId").getAsString())) {
                return Optional.of(contact.getAsJsonObject());
            }
        }
        return Optional.empty();
    }
}
