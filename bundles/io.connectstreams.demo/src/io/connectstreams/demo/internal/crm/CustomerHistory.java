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

import java.util.List;
import java.util.function.Consumer;

/**
 * The demo CRM's call history per customer: every finished call with a known customer, written from the call log's
 * listener (time, direction, outcome, talk time, the agent's disposition and notes).
 */
public interface CustomerHistory {

    /**
     * @param customerId a customer's id
     * @return the customer's calls, newest first
     */
    List<CallHistoryEntry> calls(String customerId);

    /**
     * @param listener called with the customer's id when a call was added to or changed in its history, on the call
     *            log's listener thread (never the UI thread: hand over with {@code Display.asyncExec})
     * @return removes the listener
     */
    Registration onChange(Consumer<String> listener);
}
