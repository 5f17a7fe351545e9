/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import io.connectstreams.ui.AgentCommands;
import io.connectstreams.ui.WidgetIds;

/**
 * A CRM's table of customers with a Call button, written the way an integrator writes one: the button executes the
 * agent view's dial command with the selected row's number through the view site's {@link IHandlerService}.
 */
public final class CrmTableView extends ViewPart {

    /** The view id (this bundle's plugin.xml). */
    static final String ID = "io.connectstreams.ui.tests.crmTable";
    /** The table's widget id. */
    static final String TABLE = "crmTable";
    /** The Call button's widget id. */
    static final String CALL = "crmCall";

    private Table table;
    private volatile String queueArn;
    private volatile CommandException failure;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, TABLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String number : new String[] { "+44 20 7946 0123", "+55 11 3003-9303" }) {
            new TableItem(table, SWT.NONE).setText(number);
        }
        Button call = new Button(parent, SWT.PUSH);
        call.setText("Call");
        call.setData(WidgetIds.KEY, CALL);
        call.addListener(SWT.Selection, event -> call());
    }

    /**
     * @param value the outbound queue the CRM chooses, {@code null} for the agent's default
     */
    void setQueueArn(String value) {
        queueArn = value;
    }

    /**
     * @return the last failure of the dial command, {@code null} if none
     */
    CommandException failure() {
        return failure;
    }

    private void call() {
        int row = table.getSelectionIndex();
        if (row < 0) {
            return;
        }
        String number = table.getItem(row).getText();
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Map<String, String> parameters = queueArn == null ? Map.of(AgentCommands.DIAL_NUMBER, number)
                : Map.of(AgentCommands.DIAL_NUMBER, number, AgentCommands.DIAL_QUEUE_ARN, queueArn);
        try {
            failure = null;
            handlers.executeCommand(
                    ParameterizedCommand.generateCommand(commands.getCommand(AgentCommands.DIAL), parameters), null);
        } catch (CommandException e) {
            failure = e;
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
