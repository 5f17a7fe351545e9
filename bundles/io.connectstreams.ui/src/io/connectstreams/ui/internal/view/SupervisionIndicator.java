/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * Tells the agent that a supervisor barged into the card's call. A silent monitor is never shown: the back end does
 * not even list it to the agent. Streams' {@code isUnderSupervision()} is also true on the barging supervisor's own
 * contact, so it counts only when this agent's own connection is of type {@code agent}.
 */
final class SupervisionIndicator {

    private final ViewResources resources;
    private final Label badge;

    /**
     * @param card the card's composite (a one-column grid)
     * @param resources the view's colours and fonts
     */
    SupervisionIndicator(Composite card, ViewResources resources) {
        this.resources = resources;
        badge = new Label(card, SWT.NONE);
        badge.setData(WidgetIds.KEY, WidgetIds.SUPERVISOR_JOINED);
        badge.setText(' ' + Messages.Monitor_supervisorJoined + ' ');
        badge.setFont(resources.font(1.0, SWT.BOLD));
        Accessibility.name(badge, Messages.Monitor_supervisorJoinedAccessibleName);
        badge.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        resources.badge(badge, Signal.CAUTION);
        show(null);
    }

    /**
     * @param contact the card's contact, {@code null} for none
     * @return whether a supervisor barged into the contact of this agent
     */
    static boolean supervised(ContactSnapshot contact) {
        return contact != null && contact.isUnderSupervision()
                && contact.agentConnection().map(c -> c.type() == ConnectionType.AGENT).orElse(false);
    }

    /**
     * @param contact the card's contact, {@code null} for none
     */
    void show(ContactSnapshot contact) {
        boolean shown = supervised(contact);
        if (shown) {
            resources.badge(badge, Signal.CAUTION);
        }
        Layouts.show(badge, shown);
    }
}
