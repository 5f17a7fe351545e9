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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;

/**
 * The agent's current contacts (caller, queue, state, time in state) with the actions the selected one allows:
 * accept, reject, hold/resume, hang up, clear, transfer to a quick connect, and a DTMF pad that sends digits on the
 * customer's connection. It shows one agent snapshot at a time ({@link #update}); an action goes to the selected
 * contact's live handle, looked up when it is clicked. Every action is asynchronous; failures show in the
 * {@link MessageLine}.
 */
public final class ContactsSection {

    private static final String DIGITS = "123456789*0#"; //$NON-NLS-1$

    private final ActionRunner actions;
    private final Supplier<Optional<Agent>> agent;
    private final Map<String, ContactSnapshot> contacts = new LinkedHashMap<>();
    private AgentSnapshot shown;
    private final List<String> ids = new ArrayList<>();
    private final TableViewer viewer;
    private final Button accept;
    private final Button reject;
    private final Button hold;
    private final Button hangUp;
    private final Button clear;
    private final Button transfer;
    private final List<Button> keys = new ArrayList<>();
    private boolean loadingEndpoints;

    /**
     * @param parent the view
     * @param actions runs the actions
     * @param agent the signed-in agent, for the actions and the quick connects
     * @param partyNames the host's name of a contact's party, by contact id, if known already (never blocks)
     */
    public ContactsSection(Composite parent, ActionRunner actions, Supplier<Optional<Agent>> agent,
            Function<String, Optional<String>> partyNames) {
        this.actions = actions;
        this.agent = agent;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Contacts_title);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite tableArea = new Composite(group, SWT.NONE);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableLayout.heightHint = 64;
        tableArea.setLayoutData(tableLayout);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.CONTACTS);
        Accessibility.name(viewer.getTable(), Messages.Contacts_title);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, Messages.Contacts_caller, 3,
                contact -> ContactTexts.caller(contact, partyNames.apply(contact.contactId())));
        column(columns, Messages.Contacts_queue, 2, ContactTexts::queue);
        column(columns, Messages.Contacts_state, 2, ContactTexts::state);
        column(columns, Messages.Contacts_duration, 1, contact -> shown == null ? "" //$NON-NLS-1$
                : Durations.clock(shown.elapsedSince(contact.state().timestamp(), Instant.now())));
        viewer.setInput(ids);
        viewer.addSelectionChangedListener(event -> updateButtons());

        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout buttonLayout = new GridLayout(6, false);
        buttonLayout.marginWidth = 0;
        buttonLayout.marginHeight = 0;
        buttons.setLayout(buttonLayout);
        accept = button(buttons, Messages.Contacts_accept, Messages.Contacts_acceptTooltip, WidgetIds.ACCEPT,
                () -> act(Messages.Contacts_accept, Contact::accept));
        reject = button(buttons, Messages.Contacts_reject, Messages.Contacts_rejectTooltip, WidgetIds.REJECT,
                () -> act(Messages.Contacts_reject, Contact::reject));
        hold = button(buttons, Messages.Contacts_hold, Messages.Contacts_holdTooltip, WidgetIds.HOLD, this::holdOrResume);
        hangUp = button(buttons, Messages.Contacts_hangUp, Messages.Contacts_hangUpTooltip, WidgetIds.HANG_UP,
                () -> act(Messages.Contacts_hangUp, contact -> contact.getAgentConnection()
                        .map(Connection::destroy).orElseThrow(() -> new IllegalStateException(
                                Messages.Contacts_noAgentConnection))));
        clear = button(buttons, Messages.Contacts_clear, Messages.Contacts_clearTooltip, WidgetIds.CLEAR,
                () -> act(Messages.Contacts_clear, Contact::clear));
        transfer = button(buttons, Messages.Contacts_transfer, Messages.Contacts_transferTooltip, WidgetIds.TRANSFER,
                this::openTransfer);

        Composite pad = new Composite(group, SWT.NONE);
        pad.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        GridLayout padLayout = new GridLayout(DIGITS.length(), true);
        padLayout.marginWidth = 0;
        padLayout.marginHeight = 0;
        padLayout.horizontalSpacing = 2;
        pad.setLayout(padLayout);
        for (char digit : DIGITS.toCharArray()) {
            String text = String.valueOf(digit);
            Button key = new Button(pad, SWT.PUSH);
            key.setText(text);
            key.setToolTipText(Messages.Contacts_dtmfTooltip);
            key.setData(WidgetIds.KEY, WidgetIds.dtmf(digit));
            Accessibility.name(key, org.eclipse.osgi.util.NLS.bind(Messages.Contacts_dtmfAccessibleName, text));
            key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            key.addListener(SWT.Selection, event -> sendDigit(text));
            keys.add(key);
        }
        updateButtons();
    }

    /**
     * @param agent the agent's snapshot, {@code null} when signed out; its contacts are shown in its order
     */
    public void update(AgentSnapshot agent) {
        shown = agent;
        contacts.clear();
        List<String> next = new ArrayList<>();
        for (ContactSnapshot contact : agent == null ? List.<ContactSnapshot>of() : agent.contacts()) {
            contacts.put(contact.contactId(), contact);
            next.add(contact.contactId());
        }
        ids.clear();
        ids.addAll(next);
        viewer.refresh();
        if (viewer.getStructuredSelection().isEmpty() && !ids.isEmpty()) {
            viewer.setSelection(new StructuredSelection(ids.get(0)));
        }
        updateButtons();
    }

    /** Refreshes the time in state. */
    public void tick() {
        if (!ids.isEmpty()) {
            viewer.update(ids.toArray(), null);
        }
    }

    private Optional<ContactSnapshot> selectedSnapshot() {
        Object id = viewer.getStructuredSelection().getFirstElement();
        return Optional.ofNullable(id == null ? null : contacts.get(id));
    }

    // the live handle of the selected contact, for an action
    private Optional<Contact> selected() {
        return selectedSnapshot().flatMap(contact -> agent.get().flatMap(a -> ContactStates.handle(a, contact)));
    }

    private void column(TableColumnLayout layout, String title, int weight,
            Function<ContactSnapshot, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                ContactSnapshot contact = contacts.get(element);
                return contact == null ? "" : text.apply(contact); //$NON-NLS-1$
            }
        });
    }

    private void updateButtons() {
        ContactSnapshot contact = selectedSnapshot().orElse(null);
        boolean offered = contact != null && ContactStates.isOffered(contact);
        boolean talking = contact != null && ContactStates.isTalking(contact);
        boolean onHold = talking && contact.initialConnection().map(c -> c.isOnHold()).orElse(false);
        accept.setEnabled(offered);
        reject.setEnabled(offered);
        hold.setEnabled(talking);
        Layouts.text(hold, onHold ? Messages.Contacts_resume : Messages.Contacts_hold);
        hold.setToolTipText(onHold ? Messages.Contacts_resumeTooltip : Messages.Contacts_holdTooltip);
        hangUp.setEnabled(contact != null && ContactStates.canHangUp(contact));
        clear.setEnabled(contact != null && ContactStates.canClear(contact));
        transfer.setEnabled(talking && !loadingEndpoints);
        boolean digits = talking && !onHold;
        for (Button key : keys) {
            key.setEnabled(digits);
        }
    }

    private void act(String label, Function<Contact, java.util.concurrent.CompletionStage<Void>> action) {
        selected().ifPresent(contact -> actions.run(label, () -> action.apply(contact)));
    }

    private void holdOrResume() {
        selected().ifPresent(contact -> {
            Optional<Connection> customer = contact.getInitialConnection();
            if (customer.isEmpty()) {
                return;
            }
            if (customer.get().isOnHold()) {
                actions.run(Messages.Contacts_resume, customer.get()::resume);
            } else {
                actions.run(Messages.Contacts_hold, customer.get()::hold);
            }
        });
    }

    private void sendDigit(String digit) {
        selected().flatMap(Contact::getInitialConnection)
                .ifPresent(customer -> actions.run(Messages.Contacts_dtmf, () -> customer.sendDigits(digit)));
    }

    private void openTransfer() {
        Optional<Contact> contact = selected();
        Optional<Agent> current = agent.get();
        if (contact.isEmpty() || current.isEmpty()) {
            return;
        }
        loadingEndpoints = true;
        updateButtons();
        actions.run(Messages.Contacts_transfer, () -> current.get().getEndpoints(current.get().getAllQueueArns())
                .whenComplete((endpoints, failure) -> actions.ui(() -> {
                    loadingEndpoints = false;
                    updateButtons();
                    if (endpoints != null) {
                        new TransferDialog(viewer.getControl().getShell(), current.get().getConfiguration(), endpoints,
                                (endpoint, mode) -> actions.run(Messages.Contacts_transfer,
                                        () -> mode == TransferDialog.Mode.ADD ? contact.get().addConnection(endpoint)
                                                : contact.get().transfer(endpoint))).open();
                    }
                })));
    }

    private static Button button(Composite parent, String text, String tooltip, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setData(WidgetIds.KEY, id);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
