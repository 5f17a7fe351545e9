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
