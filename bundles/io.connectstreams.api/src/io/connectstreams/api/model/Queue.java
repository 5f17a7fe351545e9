/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

import java.util.Objects;

/**
 * A routing queue; the {@code queue} objects of Streams' snapshot and configuration.
 *
 * @param queueArn the queue's ARN, the id the back end uses
 * @param name the display name, may be {@code null}
 */
public record Queue(String queueArn, String name) {

    /**
     * @param queueArn the queue's ARN, required
     * @param name the display name, may be {@code null}
     */
    public Queue {
        Objects.requireNonNull(queueArn, "queueArn");
    }

    /**
     * @return the queue id; in Streams {@code queue.queueId} is an alias of the ARN added by the worker
     */
    public String queueId() {
        return queueArn;
    }
}
