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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import io.connectstreams.demo.internal.DemoWidgetIds;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.ui.WidgetIds;

/**
 * The CRM's customer list: name, company, phone and account tier of every customer in the directory. A double
 * click opens the customer in the {@link CustomerDetailView}; the selection is the site's, so commands such as
 * "Place Call From Customer..." see it. A screen pop selects the caller here.
 */
public final class CustomerListView extends ViewPart {

    /** The view id. */
    public static final String ID = "io.connectstreams.demo.customerList"; //$NON-NLS-1$

    private TableViewer viewer;
    /** The directory's customers and those created in this session ("Create customer..."). */
    private final List<Customer> customers = new ArrayList<>(CustomerDirectory.builtIn().customers());

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setData(WidgetIds.KEY, DemoWidgetIds.CUSTOMERS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.CustomerList_name, 170, Customer::name);
        column(Messages.CustomerList_company, 190, Customer::company);
        column(Messages.CustomerList_phone, 150, Customer::phone);
        column(Messages.CustomerList_tier, 90, customer -> Labels.tier(customer.tier()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(customers);
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Customer customer) {
                CustomerDetailView.open(getSite().getPage(), customer);
            }
        });
        MenuManager menu = new MenuManager();
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
    }

    /**
     * Selects a customer and scrolls to it.
     *
     * @param customer the customer
     */
    public void reveal(Customer customer) {
        viewer.setSelection(new StructuredSelection(customer), true);
    }

    /**
     * Adds a customer created in this session, and selects it.
     *
     * @param customer the customer
     */
    void add(Customer customer) {
        customers.add(customer);
        viewer.refresh();
        reveal(customer);
    }

    /**
     * @return the customers listed
     */
    List<Customer> customers() {
        return List.copyOf(customers);
    }

    /**
     * Selects nobody (an unknown caller).
     */
    public void clearSelection() {
        viewer.setSelection(StructuredSelection.EMPTY);
    }

    @Override
    public void setFocus() {
        // GTK selects the first row of a table that gets the focus without a selection: nobody is selected
        // until the agent picks a customer or a call pops one
        Table table = viewer.getTable();
        boolean none = table.getSelectionCount() == 0;
        table.setFocus();
        if (none && table.getSelectionCount() > 0) {
            viewer.setSelection(StructuredSelection.EMPTY);
        }
    }

    private void column(String title, int width, Function<Customer, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Customer customer ? text.apply(customer) : ""; //$NON-NLS-1$
            }
        });
    }
}
