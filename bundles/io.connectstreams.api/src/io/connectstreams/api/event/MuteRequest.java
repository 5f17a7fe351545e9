/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

/**
 * Payload of {@link EventType#MUTE}; Streams' {@code {mute}} sent by {@code agent.mute()}/{@code unmute()}.
 *
 * @param mute {@code true} to mute, {@code false} to unmute, {@code null} to ask for the current state (the
 *            softphone answers with {@link AgentEvents#MUTE_TOGGLE})
 */
public record MuteRequest(Boolean mute) {

    /** Asks the softphone to re-publish its mute state. */
    public static final MuteRequest QUERY = new MuteRequest(null);
}
