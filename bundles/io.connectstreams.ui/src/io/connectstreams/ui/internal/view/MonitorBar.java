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

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * A supervisor's monitored call on the card: whose call it is, whether the supervisor listens or barged in, and
 * Barge in (when the monitoring allows it), Listen only (back to silent) and Leave (the supervisor's own connection
 * hangs up; the call goes on). Shown only when the card's contact is monitored by this agent, that is when its
 * agent connection is of type {@code monitoring}.
 */
final class MonitorBar {

    private final ViewResources resources;
    private final Composite bar;
    private final Label agent;
    private final Label status;
    private final Button barge;
    private final Button listenOnly;
    private final Button leave;

    /**
     * @param card the card's composite (a one-column grid)
     * @param resources the view's icons, colours and fonts
     * @param act runs an action (its label, what it does) on the card's contact's live handle
     */
    MonitorBar(Composite card, ViewResources resources,
            BiConsumer<String, Function<Contact, CompletionStage<Void>>> act) {
        this.resources = resources;
        bar = new Composite(card, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        agent = new Label(bar, SWT.NONE);
        agent.setData(WidgetIds.KEY, WidgetIds.MONITORED_AGENT);
        agent.setFont(resources.font(1.0, SWT.BOLD));
        Accessibility.value(agent, Messages.Monitor_agentAccessibleName);
        agent.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        status = new Label(bar, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.MONITOR_STATUS);
        status.setFont(resources.font(1.0, SWT.BOLD));
        Accessibility.value(status, Messages.Monitor_statusAccessibleName);
        status.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        Composite buttons = new Composite(bar, SWT.NONE);
        GridData buttonsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        buttonsData.horizontalSpan = 2;
        buttons.setLayoutData(buttonsData);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = 0;
        row.marginRight = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        buttons.setLayout(row);
        barge = button(buttons, Messages.Monitor_barge, Messages.Monitor_bargeTooltip, WidgetIds.BARGE, "accept", //$NON-NLS-1$
                () -> act.accept(Messages.Monitor_barge, Contact::bargeIn));
        listenOnly = button(buttons, Messages.Monitor_listenOnly, Messages.Monitor_listenOnlyTooltip,
                WidgetIds.LISTEN_ONLY, "mic-off", () -> act.accept(Messages.Monitor_listenOnly, //$NON-NLS-1$
                        Contact::silentMonitor));
        leave = button(buttons, Messages.Monitor_leave, Messages.Monitor_leaveTooltip, WidgetIds.LEAVE,
                "hangup-white", () -> act.accept(Messages.Monitor_leave, contact -> contact.getAgentConnection() //$NON-NLS-1$
                        .map(Connection::destroy).orElseThrow(() -> new IllegalStateException(
                                Messages.Contacts_noAgentConnection))));
        resources.button(leave, Signal.ALERT);
        show(null);
    }

    /**
     * @param contact the card's contact's data
     * @return this agent's monitoring connection of it, when this agent is a supervisor monitoring it
     */
    static Optional<ConnectionSnapshot> monitoring(ContactSnapshot contact) {
        return contact == null ? Optional.empty()
                : contact.agentConnection().filter(c -> c.type() == ConnectionType.MONITORING);
    }

    /**
     * @param contact the card's contact, {@code null} for none
     */
    void show(ContactSnapshot contact) {
        Optional<ConnectionSnapshot> own = monitoring(contact).filter(ConnectionSnapshot::isActive);
        Layouts.show(bar, own.isPresent());
        if (own.isEmpty()) {
            return;
        }
        ConnectionSnapshot connection = own.get();
        String name = Optional.ofNullable(connection.monitoringInfo()).map(MonitoringInfo::agentName)
                .orElseGet(() -> contact.connections().stream().filter(c -> c.type() == ConnectionType.AGENT)
                        .map(c -> c.endpoint() == null ? null : c.endpoint().name()).filter(n -> n != null)
                        .findFirst().orElse("")); //$NON-NLS-1$
        Layouts.text(agent, NLS.bind(Messages.Monitor_agent, name));
        boolean barged = connection.isBarge();
        Layouts.text(status, ' ' + (barged ? Messages.Monitor_barged : Messages.Monitor_listening) + ' ');
        resources.badge(status, barged ? Signal.CAUTION : Signal.NEUTRAL);
        resources.button(leave, Signal.ALERT);
        show(barge, !barged && connection.monitorCapabilities().contains(MonitoringMode.BARGE));
        show(listenOnly, barged && connection.monitorCapabilities().contains(MonitoringMode.SILENT_MONITOR));
        show(leave, true);
    }

    private static void show(Button button, boolean enabled) {
        button.setEnabled(enabled);
        Layouts.show(button, enabled);
    }

    private Button button(Composite parent, String text, String tooltip, String id, String icon, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setImage(resources.icon(icon));
        button.setToolTipText(tooltip);
        button.setData(WidgetIds.KEY, id);
        Accessibility.name(button, text);
        button.setLayoutData(new RowData());
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
