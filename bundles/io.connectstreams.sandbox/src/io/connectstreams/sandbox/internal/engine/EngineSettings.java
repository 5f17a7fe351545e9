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

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.connectstreams.sandbox.TurnServer;

/**
 * How the routing engine behaves.
 *
 * @param ringTimeout how long an offered contact rings before it is missed
 * @param calleeAnswerDelay how long a dialed party (outbound call, callback customer, third party) takes to answer;
 *            {@code null}: only when the control API says so
 * @param autoAcceptDelay how long an auto-accept agent's contact stays {@code connecting} when no softphone media
 *            starts before
 * @param turnServers the TURN servers handed to softphones
 * @param relayOnly whether callConfigJson asks for relay-only ICE ({@code "iceTransportPolicy":"relay"}); without it
 *            and without a TURN server it allows every candidate ({@code "all"}), with a TURN server it leaves the
 *            policy to the client (relay only, as connect-rtc)
 * @param signalingEndpoint the signaling WebSocket URL ({@code wss://127.0.0.1:<port>/LilyRTC}), known once the server
 *            listens
 * @param requeueMissed whether a missed contact goes back to its queue (the caller stays on the line, the next
 *            offer has a new agent connection) rather than ending
 */
public record EngineSettings(Duration ringTimeout, Duration calleeAnswerDelay, Duration autoAcceptDelay,
        List<TurnServer> turnServers, boolean relayOnly, Supplier<String> signalingEndpoint, boolean requeueMissed) {

    /** Validates and copies. */
    public EngineSettings {
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        Objects.requireNonNull(autoAcceptDelay, "autoAcceptDelay");
        Objects.requireNonNull(signalingEndpoint, "signalingEndpoint");
        turnServers = List.copyOf(turnServers);
    }
}
