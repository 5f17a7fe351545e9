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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * Picks a quick connect ({@code Agent.getEndpoints}) to transfer the call to or to add to it, or dials a number typed
 * in the filter. The agent herself is never among the endpoints (the back end lists every agent of her queues). The
 * filter narrows the list as the agent types (name, number or kind) and selects the first match; a phone number
 * ({@link PhoneNumbers#toE164}: international, or national in the agent's first dialable country) adds a first
 * row that dials it. It opens without blocking the caller and reports the choice through a callback.
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
    /** What people type between digits. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()/-]"); //$NON-NLS-1$

    private final List<Endpoint> endpoints;
    private final String homeRegion;
    private final BiConsumer<Endpoint, Mode> onChoose;
    private TableViewer list;
    private Endpoint dial;

    /**
     * @param parent the view's shell
     * @param self the agent's configuration: her own endpoint is left out
     * @param endpoints the quick connects
     * @param onChoose called with the chosen endpoint
     */
    public TransferDialog(Shell parent, AgentConfiguration self, List<Endpoint> endpoints,
            BiConsumer<Endpoint, Mode> onChoose) {
        super(parent);
        this.endpoints = endpoints.stream().filter(endpoint -> !isSelf(endpoint, self)).toList();
        this.homeRegion = self == null || self.dialableCountries().isEmpty() ? null : self.dialableCountries().get(0);
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
                return label(element);
            }
        });
        list.setInput(endpoints);
        filter.addListener(SWT.Modify, event -> narrow(filter.getText()));
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

    /** Shows the endpoints matching the text, after a row that dials it if it is a number; selects the first. */
    private void narrow(String text) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        dial = PhoneNumbers.toE164(text, homeRegion).number().map(Endpoint::byPhoneNumber).orElse(null);
        List<Endpoint> rows = new ArrayList<>();
        if (dial != null) {
            rows.add(dial);
        }
        endpoints.stream().filter(endpoint -> needle.isEmpty() || matches(endpoint, needle)).forEach(rows::add);
        list.setInput(rows);
        if (dial != null) {
            list.getTable().getItem(0).setData(WidgetIds.KEY, WidgetIds.TRANSFER_DIAL);
        }
        if (!needle.isEmpty() && !rows.isEmpty()) {
            list.setSelection(new StructuredSelection(rows.get(0)), true);
        }
        updateButtons();
    }

    private static boolean matches(Endpoint endpoint, String needle) {
        String number = endpoint.phoneNumber() == null ? "" : endpoint.stripPhoneNumber(); //$NON-NLS-1$
        String digits = SEPARATORS.matcher(needle).replaceAll(""); //$NON-NLS-1$
        return describe(endpoint).toLowerCase(Locale.ROOT).contains(needle)
                || !number.isEmpty() && !digits.isEmpty() && number.contains(digits);
    }

    /** The agent's own endpoint: an agent endpoint with her login or her ARN. */
    private static boolean isSelf(Endpoint endpoint, AgentConfiguration self) {
        if (endpoint.type() != EndpointType.AGENT || self == null) {
            return false;
        }
        return self.username() != null && self.username().equals(endpoint.agentLogin())
                || self.agentArn() != null && self.agentArn().equals(endpoint.endpointArn());
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

    private String label(Object element) {
        Endpoint endpoint = (Endpoint) element;
        return endpoint == dial ? NLS.bind(Messages.Transfer_dial, endpoint.phoneNumber()) : describe(endpoint);
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
