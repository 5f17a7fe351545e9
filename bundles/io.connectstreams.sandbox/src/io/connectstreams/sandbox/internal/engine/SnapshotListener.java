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

/**
 * Receives the answer of a {@code GetAgentSnapshot} long poll, exactly once, on whichever thread produced it (the
 * thread that changed the agent, or the engine's timer).
 */
@FunctionalInterface
public interface SnapshotListener {

    /**
     * @param responseJson the complete response body {@code {"snapshot": ..., "nextToken": ...}}
     */
    void answer(String responseJson);
}
