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

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.WidgetIds;

/**
 * Transfer to a quick connect from the view: the dialog lists {@code Agent.getEndpoints} (queues, agents, phone
 * numbers), the filter narrows it, and Transfer hands the call to the "Head office" number, out of the contact
 * center; the agent is left in after-call work and the call log says Transferred.
 */
class TransferTest extends ViewTestBase {

    @Test
    void theAgentTransfersACallToAQueue() {
        signInAvailable();
        String caller = "+14255550166";
        ring(caller);
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(caller, "Connected");

        Button transfer = view.find(Button.class, WidgetIds.TRANSFER);
        robot.waitUntil(transfer::isEnabled, "transfer during the call");
        robot.click(transfer);
        Shell dialog = robot.waitForShell(WidgetIds.TRANSFER_DIALOG, "the transfer dialog");
        Table endpoints = robot.find(dialog, Table.class, WidgetIds.TRANSFER_LIST);
        assertTrue(UiRobot.rows(endpoints).stream().anyMatch(r -> r.get(0).startsWith("Support")),
                () -> "the queues among the quick connects: " + UiRobot.rows(endpoints));
        robot.type(robot.find(dialog, Text.class, WidgetIds.TRANSFER_FILTER), "head office");
        robot.waitUntil(() -> endpoints.getItemCount() == 1, () -> "only Head office: " + UiRobot.rows(endpoints));
        robot.selectRow(endpoints, 0);
        robot.click(robot.find(dialog, Button.class, WidgetIds.TRANSFER_CONFIRM));

        awaitContact(caller, "After-call work");
        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        awaitNoContact();
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> AgentViewCallTest.row(callLog, caller, "Transferred"),
                () -> "the transferred call in the call log: " + UiRobot.rows(callLog));
    }
}
