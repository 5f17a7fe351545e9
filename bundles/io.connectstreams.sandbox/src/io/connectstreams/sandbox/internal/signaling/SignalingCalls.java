/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.util.Optional;

/**
 * The contact center as the signaling endpoint sees it. The routing engine implements it; the signaling endpoint
 * asks it which call a softphone's WebSocket belongs to.
 */
public interface SignalingCalls {

    /**
     * Called when a softphone connects to the signaling endpoint ({@code ?callId=<contactId>&contactCtx=<token>}).
     *
     * @param contactId the {@code callId} query parameter
     * @param callContextToken the {@code contactCtx} query parameter (the connection's {@code callContextToken})
     * @return the call, or empty when no contact with that id and token offers softphone media to an agent
     */
    Optional<MediaCall> find(String contactId, String callContextToken);
}
