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

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Registration;
import io.connectstreams.demo.internal.crm.ScreenPopEvent;
import io.connectstreams.demo.internal.crm.ScreenPopService;

/**
 * The screen pop on the screen: for each arriving call of the {@link ScreenPopService}, opens and activates the
 * {@link CustomerDetailView} (which shows the caller) and selects the customer in the {@link CustomerListView}. The decision
 * arrives on the worker's event thread and is handed to the UI thread with {@link Display#asyncExec}, so neither
 * thread waits for the other.
 */
final class ScreenPopPresenter implements AutoCloseable {

    private final IWorkbench workbench;
    private final Registration registration;

    /**
     * @param workbench the running workbench
     * @param screenPop decides which customer to show
     */
    ScreenPopPresenter(IWorkbench workbench, ScreenPopService screenPop) {
        this.workbench = workbench;
        this.registration = screenPop.onPop(this::popLater);
    }

    @Override
    public void close() {
        registration.close();
    }

    private void popLater(ScreenPopEvent event) {
        Display display = workbench.getDisplay();
        try {
            display.asyncExec(() -> pop(event));
        } catch (SWTException disposed) {
            // the workbench is gone: nobody to show the call to
        }
    }

    private void pop(ScreenPopEvent event) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null || workbench.isClosing() ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            // the view shows the call itself (it listens to the screen pop): here it is only brought forward
            page.showView(CustomerDetailView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        } catch (PartInitException e) {
            Errors.show(Messages.CustomerDetail_openFailed, e);
            return;
        }
        IViewPart list = page.findView(CustomerListView.ID);
        if (list instanceof CustomerListView customers) {
            event.knownCustomer().ifPresentOrElse(customers::reveal, customers::clearSelection);
        }
    }
}
