/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.signaling;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The JSON reading every signaling class does the same way: lenient about what is absent or of another type, never
 * about what is not JSON.
 */
public final class Json {

    private Json() {
    }

    /**
     * @param json text
     * @return the object it holds
     * @throws JsonParseException when it is not JSON or not an object
     */
    public static JsonObject parseObject(String json) {
        JsonElement parsed = JsonParser.parseString(json);
        if (!parsed.isJsonObject()) {
            throw new JsonParseException("not a JSON object");
        }
        return parsed.getAsJsonObject();
    }

    /**
     * @param object an object
     * @param name a member
     * @return the member as text, {@code null} when absent or not a primitive
     */
    public static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
