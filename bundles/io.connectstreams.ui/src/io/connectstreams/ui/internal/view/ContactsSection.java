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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.wrapup.WrapUp;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * The current contact as a card ({@link ContactCard}) with the actions it allows right now as buttons: Accept
 * (green) and Reject (red) while it is offered, Hold/Resume, Hang up (red), Transfer and the Keypad during the call,
 * Clear in after-call work; the keypad (DTMF on the customer's connection) opens on demand. A task has Pause/Resume
 * and End instead of the call's actions and shows its description and references ({@link TaskDetails}); a
 * supervisor's monitored call has the {@link MonitorBar}; a barging supervisor is shown to the agent
 * ({@link SupervisionIndicator}). When there are several contacts (a callback offered during a call, a task beside
 * a call, a missed one) they are listed below the card, the list as high as its rows; choosing one there puts it
 * on the card.
 * It shows one agent snapshot at a time ({@link #update}); an action goes to the card's contact's live handle,
 * looked up when it is clicked. Every action is asynchronous; failures show in the {@link MessageLine}.
 */
public final class ContactsSection {

    private static final String DIGITS = "123456789*0#"; //$NON-NLS-1$

    private final ActionRunner actions;
    private final Supplier<Optional<Agent>> agent;
    private final Function<String, Optional<String>> partyNames;
    private final Supplier<Duration> ringTimeout;
    private final Map<String, ContactSnapshot> contacts = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private AgentSnapshot shown;
    private final List<String> ids = new ArrayList<>();
    private final Composite card;
    private final ContactCard facts;
    private final Composite buttons;
    private final Button accept;
    private final Button reject;
    private final Button hold;
    private final Button pause;
    private final TaskDetails task;
    private final MonitorBar monitor;
    private final SupervisionIndicator supervision;
    private final Button hangUp;
    private final Button clear;
    private final Button transfer;
    private final Button keypad;
    private final Composite pad;
    private final Label listTitle;
    private final TableViewer viewer;
    private final List<Button> keys = new ArrayList<>();
    private final ViewResources resources;
    private boolean loadingEndpoints;
    private WrapUpForm wrapUp;

    /**
     * @param parent the view
     * @param resources the view's icons, colours and fonts
     * @param actions runs the actions
     * @param agent the signed-in agent, for the actions and the quick connects
     * @param partyNames the host's name of a contact's party, by contact id, if known already (never blocks)
     * @param ringTimeout how long an offered contact rings before it is missed
     * @param resized called when the section changed its size on its own (the keypad opened or closed)
     */
    public ContactsSection(Composite parent, ViewResources resources, ActionRunner actions,
            Supplier<Optional<Agent>> agent, Function<String, Optional<String>> partyNames,
            Supplier<Duration> ringTimeout, Runnable resized) {
        this.resources = resources;
        this.actions = actions;
        this.agent = agent;
        this.partyNames = partyNames;
        this.ringTimeout = ringTimeout;
        card = new Composite(parent, SWT.BORDER);
        card.setData(WidgetIds.KEY, WidgetIds.CARD);
        card.setLayout(new GridLayout(1, false));
        card.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Accessibility.name(card, Messages.Card_title);
        facts = new ContactCard(card, resources);
        supervision = new SupervisionIndicator(card, resources);
        task = new TaskDetails(card, actions);
        monitor = new MonitorBar(card, resources, this::act);

        buttons = new Composite(card, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout buttonLayout = new RowLayout(SWT.HORIZONTAL);
        buttonLayout.wrap = true;
        buttonLayout.marginLeft = 0;
        buttonLayout.marginRight = 0;
        buttonLayout.marginTop = 0;
        buttonLayout.marginBottom = 0;
        buttonLayout.center = true;
        buttons.setLayout(buttonLayout);
        accept = button(SWT.PUSH, Messages.Contacts_accept, Messages.Contacts_acceptTooltip, WidgetIds.ACCEPT,
                "accept-white", () -> act(Messages.Contacts_accept, Contact::accept)); //$NON-NLS-1$
        resources.button(accept, Signal.GOOD);
        reject = button(SWT.PUSH, Messages.Contacts_reject, Messages.Contacts_rejectTooltip, WidgetIds.REJECT,
                "hangup-white", () -> act(Messages.Contacts_reject, Contact::reject)); //$NON-NLS-1$
        resources.button(reject, Signal.ALERT);
        hangUp = button(SWT.PUSH, Messages.Contacts_hangUp, Messages.Contacts_hangUpTooltip, WidgetIds.HANG_UP,
                "hangup-white", () -> act(Messages.Contacts_hangUp, contact -> contact.getAgentConnection() //$NON-NLS-1$
                        .map(Connection::destroy).orElseThrow(() -> new IllegalStateException(
                                Messages.Contacts_noAgentConnection))));
        resources.button(hangUp, Signal.ALERT);
        hold = button(SWT.PUSH, Messages.Contacts_hold, Messages.Contacts_holdTooltip, WidgetIds.HOLD, "hold", //$NON-NLS-1$
                this::holdOrResume);
        pause = button(SWT.PUSH, Messages.Task_pause, Messages.Task_pauseTooltip, WidgetIds.PAUSE, "hold", //$NON-NLS-1$
                this::pauseOrResume);
        transfer = button(SWT.PUSH, Messages.Contacts_transfer, Messages.Contacts_transferTooltip, WidgetIds.TRANSFER,
                "transfer", this::openTransfer); //$NON-NLS-1$
        keypad = button(SWT.TOGGLE, Messages.Card_keypad, Messages.Card_keypadTooltip, WidgetIds.KEYPAD, "keypad", //$NON-NLS-1$
                () -> {
                    updateButtons();
                    card.layout(true, true);
                    resized.run();
                });
        clear = button(SWT.PUSH, Messages.Contacts_clear, Messages.Contacts_clearTooltip, WidgetIds.CLEAR, "clear", //$NON-NLS-1$
                this::clear);

        resources.prepare("resume"); //$NON-NLS-1$
        pad = new Composite(card, SWT.NONE);
        GridData padData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        pad.setLayoutData(padData);
        GridLayout padLayout = new GridLayout(3, true);
        padLayout.marginWidth = 0;
        padLayout.marginHeight = 0;
        padLayout.horizontalSpacing = 2;
        padLayout.verticalSpacing = 2;
        pad.setLayout(padLayout);
        for (char digit : DIGITS.toCharArray()) {
            String text = String.valueOf(digit);
            Button key = new Button(pad, SWT.PUSH);
            key.setText(text);
            key.setToolTipText(Messages.Contacts_dtmfTooltip);
            key.setData(WidgetIds.KEY, WidgetIds.dtmf(digit));
            Accessibility.name(key, NLS.bind(Messages.Contacts_dtmfAccessibleName, text));
            GridData keyData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            keyData.widthHint = 40;
            key.setLayoutData(keyData);
            key.addListener(SWT.Selection, event -> sendDigit(text));
            keys.add(key);
        }
        padData.exclude = true;
        pad.setVisible(false);

        // listed only when there are several: a single contact is on the card already
        listTitle = new Label(parent, SWT.NONE);
        listTitle.setText(Messages.Contacts_title);
        listTitle.setFont(resources.font(1.0, SWT.BOLD));
        listTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.CONTACTS);
        Accessibility.name(viewer.getTable(), Messages.Contacts_title);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Contacts_caller,
                contact -> ContactTexts.caller(contact, partyNames.apply(contact.contactId())));
        column(Messages.Contacts_queue, ContactTexts::queue);
        column(Messages.Contacts_state, ContactTexts::state);
        column(Messages.Contacts_duration, contact -> shown == null ? "" //$NON-NLS-1$
                : Durations.clock(shown.elapsedSince(contact.state().timestamp(), Instant.now())));
        viewer.setInput(ids);
        viewer.addSelectionChangedListener(event -> showCard());
        fitList();
        update(null);
    }

    /**
     * Puts a row of the card (the audio row) right below the action buttons.
     *
     * @param row a control whose parent is {@link #card()}
     */
    public void placeBelowActions(Control row) {
        row.moveBelow(buttons);
    }

    /**
     * Puts the wrap-up form on the card: it shows in after-call work, and Clear saves it first.
     *
     * @param form a form whose parent is {@link #card()}
     */
    public void attachWrapUp(WrapUpForm form) {
        wrapUp = form;
        showCard();
    }

    /**
     * @return the card's composite (a one-column grid)
     */
    public Composite card() {
        return card;
    }

    /**
     * @param agent the agent's snapshot, {@code null} when signed out; its contacts are listed in its order
     */
    public void update(AgentSnapshot agent) {
        shown = agent;
        contacts.clear();
        List<String> next = new ArrayList<>();
        String arrived = null;
        for (ContactSnapshot contact : agent == null ? List.<ContactSnapshot>of() : agent.contacts()) {
            contacts.put(contact.contactId(), contact);
            next.add(contact.contactId());
            if (!seen.contains(contact.contactId()) && ContactStates.isOffered(contact) && arrived == null) {
                arrived = contact.contactId();
            }
        }
        seen.retainAll(next);
        seen.addAll(next);
        boolean changed = !ids.equals(next);
        ids.clear();
        ids.addAll(next);
        if (changed) {
            viewer.refresh();
        } else if (!ids.isEmpty()) {
            // the same rows: relabel them, without refresh()'s redraw switch (a native window hidden and shown)
            viewer.update(ids.toArray(), null);
        }
        if (arrived != null) {
            // a new offer takes the card: accepting it is what the agent does next
            viewer.setSelection(new StructuredSelection(arrived));
        } else if (viewer.getStructuredSelection().isEmpty() && !ids.isEmpty()) {
            viewer.setSelection(new StructuredSelection(ids.get(0)));
        }
        if (changed) {
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.pack();
            }
            fitList();
        }
        showCard();
    }

    // as high as its rows (a list of a few contacts never scrolls on its own), or gone with at most one contact
    private void fitList() {
        Table table = viewer.getTable();
        boolean several = ids.size() > 1;
        Layouts.show(listTitle, several);
        Layouts.show(table, several);
        if (several) {
            int rows = table.getHeaderHeight() + ids.size() * table.getItemHeight();
            GridData data = (GridData) table.getLayoutData();
            data.heightHint = table.computeTrim(0, 0, 0, rows).height;
            table.requestLayout();
        }
    }

    /** Refreshes the times. */
    public void tick() {
        facts.tick();
        if (!ids.isEmpty()) {
            viewer.update(ids.toArray(), null);
        }
    }

    private void showCard() {
        ContactSnapshot contact = selectedSnapshot().orElse(null);
        facts.show(shown, contact, contact == null ? Optional.empty() : partyNames.apply(contact.contactId()),
                ringTimeout.get());
        supervision.show(contact);
        task.show(contact);
        monitor.show(contact);
        if (wrapUp != null) {
            wrapUp.show(contact, contacts.keySet());
        }
        updateButtons();
    }

    private Optional<ContactSnapshot> selectedSnapshot() {
        Object id = viewer.getStructuredSelection().getFirstElement();
        return Optional.ofNullable(id == null ? null : contacts.get(id));
    }

    // the live handle of the card's contact, for an action
    private Optional<Contact> selected() {
        return selectedSnapshot().flatMap(contact -> agent.get().flatMap(a -> ContactStates.handle(a, contact)));
    }

    private void column(String title, Function<ContactSnapshot, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                ContactSnapshot contact = contacts.get(element);
                return contact == null ? "" : text.apply(contact); //$NON-NLS-1$
            }
        });
        column.getColumn().pack();
    }

    private void updateButtons() {
        ContactSnapshot contact = selectedSnapshot().orElse(null);
        boolean offered = contact != null && ContactStates.isOffered(contact);
        boolean monitoring = MonitorBar.monitoring(contact).isPresent();
        boolean isTask = contact != null && contact.type() == ContactType.TASK;
        // a task has no customer on a line, a supervisor only listens or barges: neither holds, transfers or dials
        boolean talking = contact != null && ContactStates.isTalking(contact) && !isTask && !monitoring;
        boolean onHold = talking && contact.initialConnection().map(c -> c.isOnHold()).orElse(false);
        resources.button(accept, Signal.GOOD);
        resources.button(reject, Signal.ALERT);
        resources.button(hangUp, Signal.ALERT);
        enable(accept, offered);
        enable(reject, offered);
        enable(hold, talking);
        Layouts.text(hold, onHold ? Messages.Contacts_resume : Messages.Contacts_hold);
        resources.image(hold, onHold ? "resume" : "hold"); //$NON-NLS-1$ //$NON-NLS-2$
        hold.setToolTipText(onHold ? Messages.Contacts_resumeTooltip : Messages.Contacts_holdTooltip);
        boolean paused = isTask && contact.state().type() == ContactStateType.PAUSED;
        boolean taskActive = isTask && (paused || contact.state().type() == ContactStateType.CONNECTED)
                && contact.agentConnection().map(c -> c.isActive()).orElse(false);
        enable(pause, taskActive);
        Layouts.text(pause, paused ? Messages.Task_resume : Messages.Task_pause);
        resources.image(pause, paused ? "resume" : "hold"); //$NON-NLS-1$ //$NON-NLS-2$
        pause.setToolTipText(paused ? Messages.Task_resumeTooltip : Messages.Task_pauseTooltip);
        // the supervisor's Leave is on the monitor bar
        enable(hangUp, contact != null && !monitoring && (taskActive || ContactStates.canHangUp(contact)));
        Layouts.text(hangUp, isTask ? Messages.Task_end : Messages.Contacts_hangUp);
        hangUp.setToolTipText(isTask ? Messages.Task_endTooltip : Messages.Contacts_hangUpTooltip);
        enable(clear, contact != null && ContactStates.canClear(contact));
        enable(transfer, talking && !loadingEndpoints);
        Layouts.show(transfer, talking);
        boolean digits = talking && !onHold;
        enable(keypad, talking);
        if (!talking && keypad.getSelection()) {
            keypad.setSelection(false);
        }
        for (Button key : keys) {
            key.setEnabled(digits);
        }
        Layouts.show(pad, talking && keypad.getSelection());
    }

    // an action the card's contact does not allow now is not offered at all
    private static void enable(Button button, boolean enabled) {
        button.setEnabled(enabled);
        Layouts.show(button, enabled);
    }

    private void act(String label, Function<Contact, java.util.concurrent.CompletionStage<Void>> action) {
        selected().ifPresent(contact -> actions.run(label, () -> action.apply(contact)));
    }

    // the wrap-up is read here, on the UI thread, and saved before the clear, so the finished entry has it
    private void clear() {
        WrapUpForm form = wrapUp;
        WrapUp recorded = form == null ? WrapUp.NONE : form.current();
        act(Messages.Contacts_clear, contact -> {
            if (form != null) {
                form.save(contact.getContactId(), recorded);
            }
            return contact.clear();
        });
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

    private void pauseOrResume() {
        // what the button said: the state of the snapshot shown
        boolean paused = selectedSnapshot().map(c -> c.state().type() == ContactStateType.PAUSED).orElse(false);
        selected().ifPresent(contact -> {
            if (paused) {
                actions.run(Messages.Task_resume, contact::resume);
            } else {
                actions.run(Messages.Task_pause, contact::pause);
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

    private Button button(int style, String text, String tooltip, String id, String icon, Runnable action) {
        Button button = new Button(buttons, style);
        button.setText(text);
        button.setImage(resources.icon(icon));
        button.setToolTipText(tooltip);
        button.setData(WidgetIds.KEY, id);
        Accessibility.text(button); // read when asked: Hold/Resume, Pause/Resume, Hang up/End change their text
        button.setLayoutData(new RowData());
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
