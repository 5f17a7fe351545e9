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

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.ScreenPopEvent;

/**
 * One customer's record: the screen that pops when a call arrives ({@link #showCall(ScreenPopEvent)}), also
 * opened from the customer list. An unknown caller gets the number and a note that the directory does not know it.
 */
public final class CustomerDetailView extends ViewPart {

    /** The view id. */
    public static final String ID = "io.connectstreams.demo.customerDetail"; //$NON-NLS-1$

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private Composite form;
    private Label title;
    private Label call;
    private Label customerId;
    private Label company;
    private Label phone;
    private Label email;
    private Label tier;
    private Label notes;

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
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 6).applyTo(form);
        title = new Label(form, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
        call = new Label(form, SWT.NONE);
        call.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(call);
        customerId = field(Messages.CustomerDetail_customerId);
        company = field(Messages.CustomerDetail_company);
        phone = field(Messages.CustomerDetail_phone);
        email = field(Messages.CustomerDetail_email);
        tier = field(Messages.CustomerDetail_tier);
        notes = field(Messages.CustomerDetail_notes);
        clear(Messages.CustomerDetail_waiting, ""); //$NON-NLS-1$
    }

    /**
     * Shows a customer opened from the list (no call).
     *
     * @param customer the customer
     */
    public void showCustomer(Customer customer) {
        show(customer, ""); //$NON-NLS-1$
    }

    /**
     * The screen pop: shows the caller of an arriving call, known or not.
     *
     * @param event the arriving call
     */
    public void showCall(ScreenPopEvent event) {
        String when = TIME.format(event.arrivedAt());
        String callText = NLS.bind(event.isCallback() ? Messages.CustomerDetail_callback : Messages.CustomerDetail_call,
                when);
        if (event.customer() != null) {
            show(event.customer(), callText);
        } else {
            clear(Messages.CustomerDetail_unknownCaller, callText);
            phone.setText(event.number().isEmpty() ? Messages.CustomerDetail_withheld : event.number());
            notes.setText(Messages.CustomerDetail_unknownNote);
            form.layout(true, true);
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    private void show(Customer customer, String callText) {
        title.setText(customer.name());
        call.setText(callText);
        customerId.setText(customer.id());
        company.setText(customer.company());
        phone.setText(customer.phone());
        email.setText(customer.email());
        tier.setText(Labels.tier(customer.tier()));
        notes.setText(customer.notes());
        form.layout(true, true);
    }

    private void clear(String titleText, String callText) {
        title.setText(titleText);
        call.setText(callText);
        for (Label value : new Label[] { customerId, company, phone, email, tier, notes }) {
            value.setText(""); //$NON-NLS-1$
        }
        form.layout(true, true);
    }

    private Label field(String caption) {
        Label label = new Label(form, SWT.NONE);
        label.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Label value = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
        return value;
    }
}
