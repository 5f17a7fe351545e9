/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal;

import io.connectstreams.ui.WidgetIds;

/**
 * Ids of the demo CRM's controls, set with {@code control.setData(WidgetIds.KEY, id)} like the agent view's
 * ({@link WidgetIds}), so UI tests and testers find them without their labels.
 */
public final class DemoWidgetIds {

    /** The customer list (table). */
    public static final String CUSTOMERS = "crmCustomers"; //$NON-NLS-1$

    /** The customer pane's heading: the customer's name, "Unknown caller", or "No call yet" (label). */
    public static final String TITLE = "crmTitle"; //$NON-NLS-1$

    /**
     * The state of the call the pane shows (label); its {@link #PHASE} data is the {@code CallPhase} name, empty when
     * the pane shows no call.
     */
    public static final String CALL_STATE = "crmCallState"; //$NON-NLS-1$

    /** Data key on {@link #CALL_STATE}: the {@code CallPhase} name. */
    public static final String PHASE = "io.connectstreams.demo.phase"; //$NON-NLS-1$

    /** How to place a call, shown while there is none (label). */
    public static final String EMPTY_STATE = "crmEmptyState"; //$NON-NLS-1$

    /** The caller's phone number (label). */
    public static final String PHONE = "crmPhone"; //$NON-NLS-1$

    /** Creates a customer for an unknown caller's number (button, shown for unknown callers). */
    public static final String CREATE_CUSTOMER = "crmCreateCustomer"; //$NON-NLS-1$

    /** Searches the customers for an unknown caller (button, shown for unknown callers). */
    public static final String SEARCH_CUSTOMERS = "crmSearchCustomers"; //$NON-NLS-1$

    // the customer's call history (wrap-up)

    /** The shown customer's finished calls, newest first (table, shown with a customer's record). */
    public static final String HISTORY = "crmHistory"; //$NON-NLS-1$

    private DemoWidgetIds() {
    }
}
