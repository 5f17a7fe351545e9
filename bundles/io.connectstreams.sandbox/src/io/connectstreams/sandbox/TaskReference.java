/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * One of a task's {@code references} (a link, a number, ...), as {@code CreateTaskContact} takes them and the
 * snapshot shows them: {@code {"<name>": {"type", "value"}}}.
 *
 * @param type {@code URL}, {@code ATTACHMENT}, {@code NUMBER}, {@code STRING}, {@code DATE} or {@code EMAIL}
 * @param value the value (for a URL the link)
 */
public record TaskReference(String type, String value) {

    /** The reference types of Amazon Connect. */
    public static final Set<String> TYPES = Set.of("URL", "ATTACHMENT", "NUMBER", "STRING", "DATE", "EMAIL");

    /** Validates. */
    public TaskReference {
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("reference type must be one of " + TYPES + ": " + type);
        }
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param link a link
     * @return a {@code URL} reference
     */
    public static TaskReference url(String link) {
        return new TaskReference("URL", link);
    }
}
