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
 * Payload of {@link AgentEvents#MUTE_TOGGLE}; Streams' {@code {muted}}.
 *
 * @param muted whether the agent's outgoing audio is now muted
 */
public record MuteToggle(boolean muted) {
}
