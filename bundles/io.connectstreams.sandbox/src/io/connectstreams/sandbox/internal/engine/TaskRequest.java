/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.connectstreams.sandbox.TaskReference;

/**
 * What a new task carries ({@code CreateTaskContact}'s members, or the control API's).
 *
 * @param name the name (required)
 * @param description the description, may be {@code null}
 * @param references the references, by name, in order
 * @param scheduledTime when it is due, epoch seconds, may be {@code null}
 * @param relatedContactId the contact it is related to, may be {@code null}
 * @param previousContactId the contact it follows, may be {@code null}
 * @param idempotencyToken repeats with this token create no second task, may be {@code null}
 */
public record TaskRequest(String name, String description, Map<String, TaskReference> references,
        Long scheduledTime, String relatedContactId, String previousContactId, String idempotencyToken) {

    /** Copies, keeping the references' order. */
    public TaskRequest {
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    /**
     * @param name the name
     * @param description the description, may be {@code null}
     * @param references the references, by name
     * @return a task due now, related to nothing
     */
    public static TaskRequest of(String name, String description, Map<String, TaskReference> references) {
        return new TaskRequest(name, description, references, null, null, null, null);
    }
}
