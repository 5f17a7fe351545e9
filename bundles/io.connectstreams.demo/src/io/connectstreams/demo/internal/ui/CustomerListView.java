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

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;

/**
 * The CRM's customer list: name, company, phone and account tier of every customer in the directory. A double
 * click opens the customer in the {@link CustomerDetailView}; the selection is the site's, so commands such as
 * "Place Call From Customer..." see it. A screen pop selects the caller here.
 */
public final class CustomerListView extends ViewPart {

    /** The view id. */
    public static final String ID = "io.connectstreams.demo.customerList"; //$NON-NLS-1$

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.CustomerList_name, 170, Customer::name);
        column(Messages.CustomerList_company, 190, Customer::company);
        column(Messages.CustomerList_phone, 150, Customer::phone);
        column(Messages.CustomerList_tier, 90, customer -> Labels.tier(customer.tier()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(CustomerDirectory.builtIn().customers());
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
     * Selects nobody (an unknown caller).
     */
    public void clearSelection() {
        viewer.setSelection(StructuredSelection.EMPTY);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
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
