/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an event payload for the trace log with every value whose key, field or record component name looks like
 * a secret replaced by {@value #MASK}: names containing token, credential, password, passwd, secret, authorization,
 * cookie, bearer or signature, in any case, at any depth of maps, records, collections and arrays. Text values are also scanned for
 * {@code name=value} and {@code "name": value} pairs with such a name. Objects that are none of these are shown by
 * class name only, since their {@code toString()} is not known to be safe. The output is bounded in depth, items and
 * length.
 */
final class PayloadRedactor {

    /** What replaces a secret value. */
    static final String MASK = "***";

    private static final String SECRET_WORDS = "token|credential|password|passwd|secret|authorization|cookie|bearer"
            + "|signature";
    private static final Pattern SECRET_NAME = Pattern.compile(SECRET_WORDS);
    // name, optional closing quote, ':' or '=', then a quoted string, an HTTP auth scheme and its value, or a word
    private static final Pattern SECRET_IN_TEXT = Pattern.compile("(?i)([\\w.-]*(?:" + SECRET_WORDS
            + ")[\\w.-]*\"?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|(?:bearer|basic)\\s+[^\\s,;&}\\]\"]+"
            + "|[^\\s,;&}\\]\"]+)");
    private static final int MAX_DEPTH = 6;
    private static final int MAX_ITEMS = 32;
    private static final int MAX_TEXT = 256;
    private static final int MAX_LENGTH = 2048;

    private PayloadRedactor() {
    }

    /**
     * @param name a map key, field or record component name
     * @return whether values under that name are never printed
     */
    static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * @param payload any event payload, may be {@code null}
     * @return a bounded, redacted rendering
     */
    static String render(Object payload) {
        StringBuilder text = new StringBuilder();
        try {
            append(text, payload, 0);
        } catch (RuntimeException e) {
            // a collection changed under us or an accessor failed: tracing must never break publishing
            text.append("<unprintable ").append(payload.getClass().getName()).append('>');
        }
        if (text.length() > MAX_LENGTH) {
            text.setLength(MAX_LENGTH);
            text.append("...");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object value, int depth) {
        if (text.length() > MAX_LENGTH) {
            return;
        }
        if (value == null) {
            text.append("null");
        } else if (value instanceof CharSequence) {
            appendText(text, value.toString());
        } else if (isScalar(value)) {
            text.append(value);
        } else if (depth >= MAX_DEPTH) {
            text.append("...");
        } else if (value instanceof Map<?, ?> map) {
            appendMap(text, map, depth);
        } else if (value instanceof Record) {
            appendRecord(text, (Record) value, depth);
        } else if (value instanceof Collection<?> collection) {
            appendItems(text, collection, collection.size(), depth);
        } else if (value instanceof Optional<?> optional) {
            text.append("Optional[");
            append(text, optional.orElse(null), depth + 1);
            text.append(']');
        } else if (value instanceof Object[] array) {
            appendItems(text, Arrays.asList(array), array.length, depth);
        } else if (value.getClass().isArray()) {
            text.append(value.getClass().getComponentType().getName()).append('[').append(Array.getLength(value))
                    .append(']');
        } else {
            text.append('<').append(value.getClass().getName()).append('>');
        }
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof UUID || value instanceof TemporalAccessor
                || value instanceof Duration;
    }

    private static void appendText(StringBuilder text, String value) {
        // mask before cutting, so a cut never separates a secret from its name; scan a bounded prefix only
        String scanned = value.length() > 4 * MAX_TEXT ? value.substring(0, 4 * MAX_TEXT) : value;
        Matcher secrets = SECRET_IN_TEXT.matcher(scanned);
        String masked = secrets.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        text.append('"');
        if (masked.length() > MAX_TEXT || scanned.length() < value.length()) {
            text.append(masked, 0, Math.min(MAX_TEXT, masked.length())).append("...");
        } else {
            text.append(masked);
        }
        text.append('"');
    }

    private static void appendMap(StringBuilder text, Map<?, ?> map, int depth) {
        text.append('{');
        int count = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (count > 0) {
                text.append(", ");
            }
            if (count++ == MAX_ITEMS) {
                text.append("...").append(map.size() - MAX_ITEMS).append(" more");
                break;
            }
            String key = String.valueOf(entry.getKey());
            text.append(key).append('=');
            appendNamed(text, key, entry.getValue(), depth);
        }
        text.append('}');
    }

    private static void appendRecord(StringBuilder text, Record value, int depth) {
        text.append(value.getClass().getSimpleName()).append('[');
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            String name = components[i].getName();
            text.append(name).append('=');
            if (isSecretName(name)) {
                text.append(MASK);
            } else {
                append(text, componentValue(value, components[i].getAccessor()), depth + 1);
            }
        }
        text.append(']');
    }

    private static Object componentValue(Record value, Method accessor) {
        try {
            // records declared in non-public classes need this; our bundles are in the unnamed module
            accessor.trySetAccessible();
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            return "<unreadable>";
        }
    }

    private static void appendNamed(StringBuilder text, String name, Object value, int depth) {
        if (isSecretName(name)) {
            text.append(MASK);
        } else {
            append(text, value, depth + 1);
        }
    }

    private static void appendItems(StringBuilder text, Iterable<?> items, int size, int depth) {
        text.append('[');
        int count = 0;
        for (Object item : items) {
            if (count > 0) {
                text.append(", ");
            }
            if (count++ == MAX_ITEMS) {
                text.append("...").append(size - MAX_ITEMS).append(" more");
                break;
            }
            append(text, item, depth + 1);
        }
        text.append(']');
    }
}
