/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.status;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import jakarta.inject.Inject;

/**
 * The agent's state in the workbench window's status line ({@code toolbar:org.eclipse.ui.trim.status}), kept
 * current the same way as the view: {@code @UIEventTopic} events injected from the window's context.
 */
public final class AgentStatusContribution extends WorkbenchWindowControlContribution {

    /** The longest state name the status line makes room for (Connect's own error state). */
    private static final String WIDEST_STATE = "MissedCallAgent"; //$NON-NLS-1$
    private static final int MARGIN = 16;

    private volatile Streams streams;
    private Label label;
    private IEclipseContext context;

    @Override
    protected Control createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.STATUS_LINE_STATE);
        label.setToolTipText(Messages.StatusLine_tooltip);
        if (context == null) {
            context = getWorkbenchWindow().getService(IEclipseContext.class);
            ContextInjectionFactory.inject(this, context);
        }
        refresh();
        return label;
    }

    // the status line sizes the item once: wide enough for the longest state names
    @Override
    protected int computeWidth(Control control) {
        GC gc = new GC(control);
        try {
            return gc.textExtent(NLS.bind(Messages.StatusLine_state, WIDEST_STATE)).x + MARGIN;
        } finally {
            gc.dispose();
        }
    }

    /**
     * @param value the Streams service, {@code null} while there is none
     */
    @Inject
    public void setStreams(@Optional @Service Streams value) {
        streams = value;
        Label current = label;
        if (current != null && !current.isDisposed()) {
            current.getDisplay().asyncExec(this::refresh);
        }
    }

    /**
     * @param agent the agent after a snapshot
     */
    @Inject
    @Optional
    public void onAgentRefresh(@UIEventTopic(EventTopics.AGENT_REFRESH) Agent agent) {
        refresh();
    }

    /**
     * @param change the new link status
     */
    @Inject
    @Optional
    public void onConnectionStatus(@UIEventTopic(EventTopics.CONNECTION_STATUS) ConnectionStatusChange change) {
        refresh();
    }

    @Override
    public void dispose() {
        if (context != null) {
            ContextInjectionFactory.uninject(this, context);
            context = null;
        }
        super.dispose();
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        String text = text();
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private String text() {
        Streams service = streams;
        if (service == null || service.connectionStatus() == ConnectionStatus.SIGNED_OUT) {
            return Messages.StatusLine_signedOut;
        }
        try {
            return service.currentAgent()
                    .map(agent -> NLS.bind(Messages.StatusLine_state, agent.getState().name()))
                    .orElse(Messages.Status_connecting);
        } catch (StreamsException e) {
            return Messages.StatusLine_signedOut;
        }
    }
}
