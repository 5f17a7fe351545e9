/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.config;

import java.time.Duration;

/**
 * How long the client waits for the back end. Every remote call has one of these limits.
 *
 * @param connect establishing a TCP/TLS connection
 * @param action one action ({@code accept}, {@code setState}, ...) from call to answer
 * @param longPoll how long the back end may hold a {@code GetAgentSnapshot} long poll (Streams: 30 s)
 * @param authorize one call to the authorize endpoint
 */
public record Timeouts(Duration connect, Duration action, Duration longPoll, Duration authorize) {

    /** Streams' values where it has them, and ours where it has none: 5 s, 10 s, 30 s, 10 s. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(10));
}
