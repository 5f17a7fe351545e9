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

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.model.Endpoint;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * Picks a quick connect ({@code Agent.getEndpoints}) to transfer the call to or to add to it. It opens without
 * blocking the caller and reports the choice through a callback.
 */
public final class TransferDialog extends Dialog {

    /** What to do with the chosen endpoint. */
    public enum Mode {
        /** Blind transfer ({@code Contact.transfer}). */
        TRANSFER,
        /** Consult: add the endpoint as a third party ({@code Contact.addConnection}). */
        ADD
    }

    private static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<Endpoint> endpoints;
    private final BiConsumer<Endpoint, Mode> onChoose;
    private TableViewer list;

    /**
     * @param parent the view's shell
     * @param endpoints the quick connects
     * @param onChoose called with the chosen endpoint
     */
    public TransferDialog(Shell parent, List<Endpoint> endpoints, BiConsumer<Endpoint, Mode> onChoose) {
        super(parent);
        this.endpoints = endpoints;
        this.onChoose = onChoose;
        setBlockOnOpen(false);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Transfer_title);
        shell.setData(WidgetIds.KEY, WidgetIds.TRANSFER_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.Transfer_label);
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Transfer_filter);
        filter.setData(WidgetIds.KEY, WidgetIds.TRANSFER_FILTER);
        Accessibility.name(filter, Messages.Transfer_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        list.getTable().setData(WidgetIds.KEY, WidgetIds.TRANSFER_LIST);
        Accessibility.name(list.getTable(), Messages.Transfer_label);
        GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        listLayout.heightHint = 200;
        listLayout.widthHint = 320;
        list.getTable().setLayoutData(listLayout);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return describe((Endpoint) element);
            }
        });
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
                String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
                return needle.isEmpty() || describe((Endpoint) element).toLowerCase(Locale.ROOT).contains(needle);
            }
        });
        list.setInput(endpoints);
        filter.addListener(SWT.Modify, event -> list.refresh());
        list.addSelectionChangedListener(event -> updateButtons());
        list.addDoubleClickListener(event -> buttonPressed(IDialogConstants.OK_ID));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button transfer = createButton(parent, IDialogConstants.OK_ID, Messages.Transfer_transfer, true);
        transfer.setData(WidgetIds.KEY, WidgetIds.TRANSFER_CONFIRM);
        Button add = createButton(parent, ADD_ID, Messages.Transfer_add, false);
        add.setData(WidgetIds.KEY, WidgetIds.TRANSFER_ADD);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        Endpoint chosen = (Endpoint) list.getStructuredSelection().getFirstElement();
        if (buttonId == IDialogConstants.CANCEL_ID || chosen == null) {
            super.buttonPressed(IDialogConstants.CANCEL_ID);
            return;
        }
        close();
        onChoose.accept(chosen, buttonId == ADD_ID ? Mode.ADD : Mode.TRANSFER);
    }

    private void updateButtons() {
        IStructuredSelection selection = list == null ? null : list.getStructuredSelection();
        boolean chosen = selection != null && !selection.isEmpty();
        Button transfer = getButton(IDialogConstants.OK_ID);
        Button add = getButton(ADD_ID);
        if (transfer != null) {
            transfer.setEnabled(chosen);
            add.setEnabled(chosen);
        }
    }

    private static String describe(Endpoint endpoint) {
        String name = endpoint.name() != null ? endpoint.name() : endpoint.stripPhoneNumber();
        String kind = switch (endpoint.type()) {
            case PHONE_NUMBER -> Messages.Transfer_phoneNumber;
            case AGENT -> Messages.Transfer_agent;
            case QUEUE -> Messages.Transfer_queue;
            default -> endpoint.type().name();
        };
        return name + " (" + kind + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
