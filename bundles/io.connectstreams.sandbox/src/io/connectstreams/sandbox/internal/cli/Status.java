/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cli;

import java.io.PrintStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Prints {@code /control/status} for people.
 */
final class Status {

    private Status() {
    }

    static void print(JsonElement status, PrintStream out) {
        JsonObject json = status.getAsJsonObject();
        out.printf("%-12s %-18s %-13s %s%n", "AGENT", "STATE", "TYPE", "CONTACTS");
        for (JsonElement element : json.getAsJsonArray("agents")) {
            JsonObject agent = element.getAsJsonObject();
            out.printf("%-12s %-18s %-13s %s%n", agent.get("username").getAsString(), agent.get("state").getAsString(),
                    agent.get("stateType").getAsString(), agent.getAsJsonArray("contactIds").size());
        }
        out.println("held long polls: " + json.get("heldPolls").getAsInt());
        out.println("queued faults:   " + (json.getAsJsonArray("faults").isEmpty() ? "none" : json.get("faults")));
    }
}
