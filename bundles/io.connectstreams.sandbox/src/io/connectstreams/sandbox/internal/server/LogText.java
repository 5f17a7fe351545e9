/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.util.Locale;

/**
 * Text a client chose, made safe to log: control characters, line separators and lone surrogates are escaped
 * (a line feed as backslash-n, an escape character as backslash-u001b), so the text cannot end a log line and forge
 * the next one; it is quoted and cut to {@value #MAX_LENGTH} characters.
 */
final class LogText {

    private static final int MAX_LENGTH = 64;

    private LogText() {
    }

    /**
     * @param text client text, may be {@code null}
     * @return the text to log, quoted
     */
    static String of(String text) {
        if (text == null) {
            return "(none)";
        }
        int length = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(length + 5).append('"');
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || lone(text, length, i)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_LENGTH) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /** A surrogate that is not half of a pair within the first {@code length} characters. */
    private static boolean lone(String text, int length, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
