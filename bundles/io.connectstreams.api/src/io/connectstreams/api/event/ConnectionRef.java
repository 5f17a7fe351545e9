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
 * Payload naming one agent connection; Streams' {@code {connectionId}} of
 * {@link AgentEvents#LOCAL_MEDIA_STREAM_CREATED} and {@link ConnectionEvents#SESSION_INIT}.
 *
 * @param connectionId the agent connection id
 */
public record ConnectionRef(String connectionId) {
}
