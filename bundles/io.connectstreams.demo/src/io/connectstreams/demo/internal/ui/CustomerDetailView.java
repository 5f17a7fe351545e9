/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.demo.internal.DemoWidgetIds;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.AccountTier;
import io.connectstreams.demo.internal.crm.CallHistoryEntry;
import io.connectstreams.demo.internal.crm.CallPhase;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerHistory;
import io.connectstreams.demo.internal.crm.Registration;
import io.connectstreams.demo.internal.crm.ScreenPopEvent;
import io.connectstreams.demo.internal.crm.ScreenPopService;
import io.connectstreams.ui.WidgetIds;

/**
 * The customer pane: the record of the caller whose call popped, following that call (ringing, on call, ended,
 * missed, rejected), also opened on a customer from the list. An unknown caller gets the number and buttons to
 * create a customer for it or search the customers. With no call yet it says how to place one. It listens to the
 * {@link ScreenPopService} itself, so it shows the call that popped before it opened too. Below the record, the
 * customer's call history ({@link CustomerHistory}: each finished call with its disposition and notes).
 */
public final class CustomerDetailView extends ViewPart {

    /** The view id. */
    public static final String ID = "io.connectstreams.demo.customerDetail"; //$NON-NLS-1$

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT,
            FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private Composite form;
    private Label title;
    private Label callState;
    private Label emptyState;
    private Composite details;
    private Label customerId;
    private Label company;
    private Label phone;
    private Label email;
    private Label tier;
    private Label notes;
    private Composite unknownActions;
    private Label historyTitle;
    private Table history;
    private ServiceHandle<CustomerHistory> histories;
    private Registration historyChanges;
    private String shownCustomerId;
    private ServiceHandle<ScreenPopService> screenPop;
    private Registration pops;
    private Registration phases;
    private ScreenPopEvent shownCall;
    private int created;

    /**
     * Opens (or activates) the view on a page and shows a customer.
     *
     * @param page the page
     * @param customer the customer
     */
    static void open(IWorkbenchPage page, Customer customer) {
        try {
            ((CustomerDetailView) page.showView(ID)).showCustomer(customer);
        } catch (PartInitException e) {
            Errors.show(Messages.CustomerDetail_openFailed, e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 10).spacing(10, 6).applyTo(form);
        title = identified(new Label(form, SWT.NONE), DemoWidgetIds.TITLE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        callState = identified(new Label(form, SWT.NONE), DemoWidgetIds.CALL_STATE);
        callState.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(callState);
        emptyState = identified(new Label(form, SWT.WRAP), DemoWidgetIds.EMPTY_STATE);
        emptyState.setText(Messages.CustomerDetail_emptyState);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(emptyState);

        details = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        customerId = field(Messages.CustomerDetail_customerId);
        company = field(Messages.CustomerDetail_company);
        phone = identified(field(Messages.CustomerDetail_phone), DemoWidgetIds.PHONE);
        email = field(Messages.CustomerDetail_email);
        tier = field(Messages.CustomerDetail_tier);
        notes = field(Messages.CustomerDetail_notes);

        unknownActions = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(unknownActions);
        GridDataFactory.fillDefaults().applyTo(unknownActions);
        Button create = identified(new Button(unknownActions, SWT.PUSH), DemoWidgetIds.CREATE_CUSTOMER);
        create.setText(Messages.CustomerDetail_create);
        create.addListener(SWT.Selection, event -> createCustomer());
        Button search = identified(new Button(unknownActions, SWT.PUSH), DemoWidgetIds.SEARCH_CUSTOMERS);
        search.setText(Messages.CustomerDetail_search);
        search.addListener(SWT.Selection, event -> searchCustomers());

        historyTitle = new Label(form, SWT.NONE);
        historyTitle.setText(Messages.CustomerDetail_history);
        historyTitle.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(historyTitle);
        history = identified(new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), DemoWidgetIds.HISTORY);
        history.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(history);
        for (String column : new String[] { Messages.CustomerDetail_historyTime,
                Messages.CustomerDetail_historyDirection, Messages.CustomerDetail_historyOutcome,
                Messages.CustomerDetail_historyTalk, Messages.CustomerDetail_historyDisposition,
                Messages.CustomerDetail_historyNotes }) {
            new TableColumn(history, SWT.NONE).setText(column);
        }

        showNothing();
        follow();
        followHistory();
    }

    @Override
    public void dispose() {
        if (pops != null) {
            pops.close();
            phases.close();
        }
        if (screenPop != null) {
            screenPop.close();
        }
        if (historyChanges != null) {
            historyChanges.close();
        }
        if (histories != null) {
            histories.close();
        }
        super.dispose();
    }

    /**
     * Shows a customer opened from the list (no call).
     *
     * @param customer the customer
     */
    public void showCustomer(Customer customer) {
        shownCall = null;
        show(customer);
        setPhase(null, ""); //$NON-NLS-1$
        relayout();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    /** Listens to the screen pop; without the demo's services (a host without them) the pane stays empty. */
    private void follow() {
        try {
            screenPop = ServiceHandle.of(ScreenPopService.class);
        } catch (IllegalStateException missing) {
            return;
        }
        ScreenPopService service = screenPop.get();
        pops = service.onPop(event -> later(() -> showCall(event)));
        phases = service.onPhase((contactId, phase) -> later(() -> showPhase(contactId, phase)));
        // a pane opened during a call shows it; one opened later starts empty
        service.latest().ifPresent(event -> service.phase(event.contactId())
                .filter(phase -> phase == CallPhase.RINGING || phase == CallPhase.ON_CALL).ifPresent(phase -> {
                    showCall(event);
                    showPhase(event.contactId(), phase);
                }));
    }

    /** The customer's calls, written by the CRM's call-log listener; without the service the table stays empty. */
    private void followHistory() {
        try {
            histories = ServiceHandle.of(CustomerHistory.class);
        } catch (IllegalStateException missing) {
            return;
        }
        historyChanges = histories.get().onChange(customerId -> later(() -> {
            if (customerId.equals(shownCustomerId)) {
                showHistory();
            }
        }));
    }

    private void showHistory() {
        history.removeAll();
        List<CallHistoryEntry> calls = histories == null || shownCustomerId == null ? List.of()
                : histories.get().calls(shownCustomerId);
        for (CallHistoryEntry call : calls) {
            TableItem item = new TableItem(history, SWT.NONE);
            item.setText(new String[] { DATE_TIME.format(call.start()), Labels.direction(call.direction()),
                    Labels.outcome(call.outcome()), Labels.talkTime(call.talkTime()), call.disposition(),
                    call.notes().replace('\n', ' ').replace('\r', ' ') });
        }
        for (TableColumn column : history.getColumns()) {
            column.pack();
        }
        visible(historyTitle, shownCustomerId != null);
        visible(history, shownCustomerId != null);
    }

    private void later(Runnable update) {
        try {
            form.getDisplay().asyncExec(() -> {
                if (!form.isDisposed()) {
                    update.run();
                }
            });
        } catch (SWTException disposed) {
            // the workbench is gone
        }
    }

    private void showCall(ScreenPopEvent event) {
        shownCall = event;
        if (event.customer() != null) {
            show(event.customer());
        } else {
            showUnknown(event.number());
        }
        showPhase(event.contactId(), CallPhase.RINGING);
    }

    private void showPhase(String contactId, CallPhase phase) {
        if (shownCall == null || !shownCall.contactId().equals(contactId)) {
            return;
        }
        String since = TIME.format(shownCall.arrivedAt());
        String text = switch (phase) {
            case RINGING -> NLS.bind(shownCall.isCallback() ? Messages.CustomerDetail_callback
                    : Messages.CustomerDetail_call, since);
            case ON_CALL -> Messages.CallPhase_onCall;
            case ENDED -> Messages.CallPhase_ended;
            case MISSED -> Messages.CallPhase_missed;
            case REJECTED -> Messages.CallPhase_rejected;
        };
        setPhase(phase, text);
        relayout();
    }

    private void setPhase(CallPhase phase, String text) {
        callState.setText(text);
        callState.setData(DemoWidgetIds.PHASE, phase == null ? "" : phase.name()); //$NON-NLS-1$
    }

    private void show(Customer customer) {
        shownCustomerId = customer.id();
        showHistory();
        title.setText(customer.name());
        customerId.setText(customer.id());
        company.setText(customer.company());
        phone.setText(customer.phone());
        email.setText(customer.email());
        tier.setText(Labels.tier(customer.tier()));
        notes.setText(customer.notes());
        visible(emptyState, false);
        visible(details, true);
        visible(unknownActions, false);
    }

    private void showUnknown(String number) {
        shownCustomerId = null;
        showHistory();
        title.setText(Messages.CustomerDetail_unknownCaller);
        for (Label value : new Label[] { customerId, company, email, tier }) {
            value.setText(""); //$NON-NLS-1$
        }
        phone.setText(number.isEmpty() ? Messages.CustomerDetail_withheld
                : PhoneNumbers.forDisplay(number, Customer.HOME_REGION));
        notes.setText(Messages.CustomerDetail_unknownNote);
        visible(emptyState, false);
        visible(details, true);
        visible(unknownActions, !number.isEmpty());
    }

    private void showNothing() {
        shownCustomerId = null;
        showHistory();
        title.setText(Messages.CustomerDetail_waiting);
        setPhase(null, ""); //$NON-NLS-1$
        visible(emptyState, true);
        visible(details, false);
        visible(unknownActions, false);
        relayout();
    }

    /** "Create customer...": a record for the unknown caller's number, kept in the list until the demo closes. */
    private void createCustomer() {
        ScreenPopEvent call = shownCall;
        if (call == null || call.number().isEmpty()) {
            return;
        }
        InputDialog dialog = new InputDialog(form.getShell(), Messages.CustomerDetail_createTitle,
                NLS.bind(Messages.CustomerDetail_createMessage, PhoneNumbers.forDisplay(call.number(),
                        Customer.HOME_REGION)), "", //$NON-NLS-1$
                name -> name.isBlank() ? Messages.CustomerDetail_createNameMissing : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        created++;
        Customer customer = new Customer("C-NEW-" + created, dialog.getValue().trim(), "", call.number(), "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                AccountTier.BRONZE, Messages.CustomerDetail_createdNote);
        customerList().ifPresent(list -> list.add(customer));
        show(customer);
        relayout();
    }

    /** "Search customers...": opens the first customer whose name, company or phone contains the text. */
    private void searchCustomers() {
        InputDialog dialog = new InputDialog(form.getShell(), Messages.CustomerDetail_searchTitle,
                Messages.CustomerDetail_searchMessage, "", null); //$NON-NLS-1$
        if (dialog.open() != Window.OK || dialog.getValue().isBlank()) {
            return;
        }
        String text = dialog.getValue().trim().toLowerCase(Locale.ROOT);
        Optional<CustomerListView> list = customerList();
        Optional<Customer> found = list.flatMap(view -> view.customers().stream()
                .filter(c -> (c.name() + " " + c.company() + " " + c.phone()).toLowerCase(Locale.ROOT) //$NON-NLS-1$ //$NON-NLS-2$
                        .contains(text))
                .findFirst());
        if (found.isEmpty()) {
            MessageDialog.openInformation(form.getShell(), Messages.CustomerDetail_searchTitle,
                    NLS.bind(Messages.CustomerDetail_searchNone, dialog.getValue().trim()));
            return;
        }
        list.get().reveal(found.get());
        show(found.get());
        relayout();
    }

    private Optional<CustomerListView> customerList() {
        return getSite().getPage().findView(CustomerListView.ID) instanceof CustomerListView list
                ? Optional.of(list) : Optional.empty();
    }

    private void relayout() {
        form.layout(true, true);
    }

    private static void visible(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    private static <T extends Control> T identified(T control, String id) {
        control.setData(WidgetIds.KEY, id);
        return control;
    }

    private Label field(String caption) {
        Label label = new Label(details, SWT.NONE);
        label.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Label value = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
        return value;
    }
}
