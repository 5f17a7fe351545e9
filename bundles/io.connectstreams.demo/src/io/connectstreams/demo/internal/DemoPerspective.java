/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.connectstreams.demo.internal.ui.CustomerDetailView;
import io.connectstreams.demo.internal.ui.CustomerListView;
import io.connectstreams.ui.AgentViews;

/**
 * The contact-center perspective: the CRM's customer list above the customer record (where calls pop) on the left,
 * the agent view on the right.
 */
public class DemoPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "io.connectstreams.demo.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(AgentViews.AGENT_VIEW_ID, IPageLayout.RIGHT, 0.64f, editorArea);
        layout.getViewLayout(AgentViews.AGENT_VIEW_ID).setCloseable(false);
        layout.addView(CustomerListView.ID, IPageLayout.TOP, 0.45f, editorArea);
        layout.addView(CustomerDetailView.ID, IPageLayout.BOTTOM, 0.55f, editorArea);
        layout.addShowViewShortcut(CustomerListView.ID);
        layout.addShowViewShortcut(CustomerDetailView.ID);
        layout.addShowViewShortcut(AgentViews.AGENT_VIEW_ID);
    }
}
