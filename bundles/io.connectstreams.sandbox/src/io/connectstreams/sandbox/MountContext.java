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

import org.eclipse.jetty.server.Server;

import io.connectstreams.sandbox.internal.signaling.CallerMedia;
import io.connectstreams.sandbox.internal.signaling.SignalingCalls;

/**
 * What a handler mounted with {@link Sandbox.Builder#mount(String, java.util.function.Function)} gets: the Jetty
 * server (a WebSocket endpoint needs it), the calls of the routing engine (for the signaling endpoint), and a way to
 * publish the caller side's audio levels to the control API.
 */
public interface MountContext {

    /**
     * @return the Jetty server, not yet started
     */
    Server server();

    /**
     * @return the routing engine's softphone calls: {@code find(contactId, callContextToken)}
     */
    SignalingCalls signalingCalls();

    /**
     * Makes the control API ({@code GET /control/contacts/<id>/levels}, {@link SandboxControl#levels(String)})
     * answer from this source.
     *
     * @param media the caller side's media
     */
    void callerMedia(CallerMedia media);
}
