/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cti;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Checks a request body against its operation's input shape the way an AWS JSON 1.0 service does: a value of the
 * wrong JSON type is a {@code SerializationException}; missing required members are reported together in one
 * {@code ValidationException} ("2 validation errors detected: ..."); members the model does not know are ignored,
 * as the service ignores them (newer clients send members older models lack).
 */
final class RequestValidator {

    private final CtiModel model;
    /** The definition of {@code authentication} (the model's {@code S2}), taken from the operations that have it. */
    private final JsonObject authentication;

    RequestValidator(CtiModel model) {
        this.model = model;
        JsonObject found = null;
        for (String name : model.operationNames()) {
            JsonObject members = model.operation(name).orElseThrow().input().getAsJsonObject("members");
            if (found == null && members != null && members.has("authentication")) {
                found = members.getAsJsonObject("authentication");
            }
        }
        this.authentication = found;
    }

    void validate(CtiModel.Operation operation, JsonObject body) {
        List<String> missing = new ArrayList<>();
        walk(operation.input(), body, "", missing);
        JsonObject members = operation.input().getAsJsonObject("members");
        JsonElement given = body.get("authentication");
        // Streams sends authentication with every operation, also those whose input lacks it: its types are checked
        if (authentication != null && given != null && !given.isJsonNull()
                && (members == null || !members.has("authentication"))) {
            walk(authentication, given, "authentication", missing);
        }
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder().append(missing.size())
                    .append(missing.size() == 1 ? " validation error detected: " : " validation errors detected: ");
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    message.append("; ");
                }
                message.append("Value null at '").append(missing.get(i))
                        .append("' failed to satisfy constraint: Member must not be null");
            }
            throw CtiException.validation(message.toString());
        }
    }

    private void walk(JsonObject definition, JsonElement value, String path, List<String> missing) {
        JsonObject shape = model.resolve(definition);
        String type = shape.has("type") ? shape.get("type").getAsString() : "string";
        switch (type) {
            case "structure" -> structure(shape, value, path, missing);
            case "list" -> {
                JsonArray array = expect(value.isJsonArray(), value, path, "a list").getAsJsonArray();
                JsonObject member = shape.getAsJsonObject("member");
                for (int i = 0; i < array.size(); i++) {
                    walk(member, array.get(i), path + "." + (i + 1), missing);
                }
            }
            case "map" -> {
                JsonObject map = expect(value.isJsonObject(), value, path, "a map").getAsJsonObject();
                JsonObject valueDefinition = shape.getAsJsonObject("value");
                for (Map.Entry<String, JsonElement> entry : map.entrySet()) {
                    walk(valueDefinition, entry.getValue(), path + "." + entry.getKey(), missing);
                }
            }
            case "boolean" -> expect(primitive(value) && value.getAsJsonPrimitive().isBoolean(), value, path,
                    "a boolean");
            case "integer", "long" -> expect(integral(value), value, path, "an integer");
            case "double", "float", "timestamp" -> expect(primitive(value) && value.getAsJsonPrimitive().isNumber(),
                    value, path, "timestamp".equals(type) ? "a timestamp (epoch seconds)" : "a number");
            default -> expect(primitive(value) && value.getAsJsonPrimitive().isString(), value, path, "a string");
        }
    }

    private void structure(JsonObject shape, JsonElement value, String path, List<String> missing) {
        JsonObject object = expect(value.isJsonObject(), value, path, "a structure").getAsJsonObject();
        JsonArray required = shape.getAsJsonArray("required");
        if (required != null) {
            for (JsonElement name : required) {
                JsonElement member = object.get(name.getAsString());
                if (member == null || member.isJsonNull()) {
                    missing.add(join(path, name.getAsString()));
                }
            }
        }
        JsonObject members = shape.getAsJsonObject("members");
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            JsonElement definition = members == null ? null : members.get(entry.getKey());
            if (definition != null && !entry.getValue().isJsonNull()) {
                walk(definition.getAsJsonObject(), entry.getValue(), join(path, entry.getKey()), missing);
            }
        }
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static boolean primitive(JsonElement value) {
        return value.isJsonPrimitive();
    }

    private static boolean integral(JsonElement value) {
        if (!primitive(value) || !value.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        JsonPrimitive number = value.getAsJsonPrimitive();
        try {
            number.getAsBigDecimal().longValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static JsonElement expect(boolean ok, JsonElement value, String path, String what) {
        if (!ok) {
            throw new CtiException(400, "SerializationException",
                    "Expected " + what + " at '" + (path.isEmpty() ? "body" : path) + "' but found "
                            + describe(value));
        }
        return value;
    }

    private static String describe(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "a structure";
        }
        if (value.isJsonArray()) {
            return "a list";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isBoolean() ? "a boolean" : primitive.isNumber() ? "a number" : "a string";
    }
}
