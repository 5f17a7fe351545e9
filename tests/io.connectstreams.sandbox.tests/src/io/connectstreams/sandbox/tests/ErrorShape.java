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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What every error answer of the sandbox looks like: {@code {"__type","message"}} and nothing that tells an
 * attacker about the implementation (no class names, no exception text, no stack trace).
 */
final class ErrorShape {

    /** A Java class name or an exception's text (Gson's, Jetty's, the JDK's) in an answer. */
    static final Pattern LEAK = Pattern.compile("(?:\\b(?:java|javax|jdk|sun|org\\.eclipse|com\\.google|io\\."
            + "connectstreams)\\.[a-z]|Exception:|\\tat |Caused by|JsonReader|Not a JSON|setStrictness|NullPointer"
            + "|IllegalState|UnsupportedOperation|NumberFormat|ClassCast|ArrayIndex)");

    private ErrorShape() {
    }

    /**
     * @param text an answer's body or a close reason
     * @return whether it names a class or carries exception text
     */
    static boolean leaks(String text) {
        return text != null && LEAK.matcher(text).find();
    }

    /**
     * Asserts an error answer: the status, the CTI error shape and no leak.
     *
     * @return the {@code __type}
     */
    static String assertError(int expectedStatus, int status, String body) {
        assertEquals(expectedStatus, status, body);
        assertFalse(leaks(body), body);
        JsonElement json = JsonParser.parseString(body);
        assertTrue(json.isJsonObject(), body);
        JsonObject object = json.getAsJsonObject();
        assertTrue(object.has("__type") && object.get("__type").getAsJsonPrimitive().isString(), body);
        assertTrue(object.has("message") && object.get("message").getAsJsonPrimitive().isString(), body);
        return object.get("__type").getAsString();
    }
}
