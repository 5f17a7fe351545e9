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
 * Hears of every change of the call log, so a host (a CRM) can write each finished call into its own records:
 * an entry is finished when its {@link CallLogEntry#outcome()} is no longer {@link CallOutcome#ONGOING}; its
 * disposition and notes are there by then when the agent cleared the contact through the wrap-up form. A finished
 * entry may still be updated (a late name or statistics): key the host's record by the contact id and the start.
 * <p>
 * Called on the call log's own thread ({@code cs-calllog-listeners}), never on the UI thread nor on a thread that
 * records calls, one change at a time, in the order the changes were saved. A listener that throws is logged and
 * reported as {@code streams::handler_failure} (event name {@code calllog::change}); the other listeners, and the
 * log, go on. Do not block for long: later changes wait.
 */
@FunctionalInterface
public interface CallLogListener {

    /**
     * @param change what changed
     */
    void callLogChanged(CallLogChange change);
}
