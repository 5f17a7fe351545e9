/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.calllog;

/**
 * Who started a call.
 */
public enum CallDirection {
    /** The customer called in (or was transferred to the agent). */
    INBOUND,
    /** The agent called out. */
    OUTBOUND,
    /** A queued callback the agent took. */
    CALLBACK
}
