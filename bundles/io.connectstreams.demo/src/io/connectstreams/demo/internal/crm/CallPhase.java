/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

/**
 * Where a popped call is, as the CRM's customer pane shows it.
 */
public enum CallPhase {

    /** Offered to the agent, not answered yet ({@code contact::connecting}, {@code contact::incoming}). */
    RINGING,

    /** The agent talks to the caller ({@code contact::connected}). */
    ON_CALL,

    /** The call that was answered has ended ({@code contact::ended}). */
    ENDED,

    /** Nobody answered: the ring time ran out, or the caller gave up while it rang. */
    MISSED,

    /** The agent rejected the call while it rang. */
    REJECTED
}
