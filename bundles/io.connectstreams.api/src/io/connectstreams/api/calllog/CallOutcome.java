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
 * How a contact ended for the agent.
 */
public enum CallOutcome {
    /** The agent talked to the customer. */
    ANSWERED,
    /** The offer timed out. */
    MISSED,
    /** The agent rejected the offer. */
    REJECTED,
    /** The agent transferred it away. */
    TRANSFERRED,
    /** It failed (error state or softphone failure) before anyone talked. */
    FAILED,
    /** Still going on. */
    ONGOING,
    /**
     * A supervisor monitored it (listening, barging in or both): another agent's call, never the supervisor's own.
     */
    MONITORED
}
