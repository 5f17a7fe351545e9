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

/**
 * What a {@link SignalingSocket} reports to: the call it belongs to, or the refusal of an unknown call. Called on
 * Jetty's threads, one event at a time per socket; implementations queue the work and return.
 */
interface SocketHandler {

    void opened(SignalingSocket socket);

    /** A well-formed request or notification. */
    void request(SignalingSocket socket, JsonRpcMessage request);

    /** A well-formed response to a request the endpoint sent. */
    void response(SignalingSocket socket, JsonRpcMessage response);

    /** The socket closed or failed; reported once. */
    void closed(SignalingSocket socket, int statusCode, String reason);
}
