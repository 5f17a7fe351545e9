/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Builds request bodies: {@code object("contactId", id, "endpoint", "{...json...}")}: values starting with
 * <code>{</code>, {@code [} or a quote are JSON, numbers and {@code true}/{@code false} are JSON values, the rest
 * strings.
 */
final class Json {

    private Json() {
    }

    static JsonObject object(String... members) {
        JsonObject object = new JsonObject();
        for (int i = 0; i + 1 < members.length; i += 2) {
            String value = members[i + 1];
            JsonElement element;
            if (value.startsWith("{") || value.startsWith("[") || value.startsWith("\"")
                    || value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                element = JsonParser.parseString(value);
            } else if ("true".equals(value) || "false".equals(value)) {
                element = JsonParser.parseString(value);
            } else {
                element = new com.google.gson.JsonPrimitive(value);
            }
            object.add(members[i], element);
        }
        return object;
    }
}
