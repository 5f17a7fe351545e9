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
 * The state of the link between this client and the contact-center back end, as an agent sees it.
 */
public enum ConnectionStatus {
    /** Not initialized, terminated, or the session was refused (authorization failed for good). */
    SIGNED_OUT,
    /** Authorizing and waiting for the first snapshot. */
    CONNECTING,
    /** Snapshots arrive. */
    CONNECTED,
    /** The back end stopped answering or refused the token; the client keeps retrying. */
    RECONNECTING
}
