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

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;

/**
 * Sandbox &gt; Place Call From Customer...: the user picks the caller (the customer selected in the customer list
 * is preselected).
 */
public final class PlaceCallFromCustomerHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event),
                LabelProvider.createTextProvider(element -> Labels.customer((Customer) element)));
        dialog.setTitle(Messages.Calls_chooseTitle);
        dialog.setMessage(Messages.Calls_chooseMessage);
        dialog.setMultipleSelection(false);
        dialog.setElements(contactCenter.calls().directory().customers().toArray());
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ISelection listSelection = window == null ? null
                : window.getSelectionService().getSelection(CustomerListView.ID);
        if (listSelection instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Customer selected) {
            dialog.setInitialSelections(selected);
        }
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Customer customer) {
            contactCenter.calls().callFrom(customer);
            report(event, NLS.bind(Messages.Calls_placed, Labels.customer(customer)));
        }
    }

    @Override
    String failure() {
        return Messages.Calls_placeFailed;
    }
}
