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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.WidgetIds;

/**
 * Transfer from the view: the dialog lists {@code Agent.getEndpoints} (queues, agents, phone numbers) but never the
 * agent herself, the filter narrows it as the agent types, and a number typed in the filter can be dialled. Each
 * transfer hands the call over, out of the contact center; the agent is left in after-call work and the call log
 * says Transferred.
 */
class TransferTest extends ViewTestBase {

    /** A dialog a failed test left open would be found by the next. */
    @AfterEach
    void closeDialogs() {
        robot.shells(WidgetIds.TRANSFER_DIALOG).forEach(Shell::close);
    }

    @Test
    void theAgentTransfersACallToAQuickConnectFoundByTheFilter() {
        Agent agent = signInAvailable();
        Contact contact = answered(agent, "+14255550166");
        Shell dialog = openTransfer();
        Table endpoints = robot.find(dialog, Table.class, WidgetIds.TRANSFER_LIST);
        assertTrue(listed(endpoints).stream().anyMatch(e -> e.type() == EndpointType.QUEUE),
                () -> "the queues among the quick connects: " + listed(endpoints));
        robot.type(robot.find(dialog, Text.class, WidgetIds.TRANSFER_FILTER), "head office");
        robot.waitUntil(() -> endpoints.getItemCount() == 1, () -> "only Head office: " + UiRobot.rows(endpoints));
        robot.waitUntil(() -> endpoints.getSelectionCount() == 1, "the only match selected as the agent types");
        robot.click(robot.find(dialog, Button.class, WidgetIds.TRANSFER_CONFIRM));

        awaitTransferred(contact);
    }

    @Test
    void theAgentHerselfIsNeverAmongTheEndpoints() {
        Agent agent = signInAvailable();
        Contact contact = answered(agent, "+14255550167");
        Shell dialog = openTransfer();
        Table endpoints = robot.find(dialog, Table.class, WidgetIds.TRANSFER_LIST);
        String self = agent.getConfiguration().name();
        List<Endpoint> rows = listed(endpoints);
        assertTrue(rows.stream().anyMatch(e -> e.type() == EndpointType.AGENT),
                () -> "the other agents are listed: " + rows);
        assertTrue(rows.stream().noneMatch(e -> e.name() != null && e.name().contains(self)), () -> self + " is not listed: " + rows);
        dialog.close();
        SandboxFixture.await(robot, contact.getAgentConnection().orElseThrow().destroy(), "hang up");
    }

    @Test
    void aNumberTypedInTheFilterIsDialled() {
        Agent agent = signInAvailable();
        Contact contact = answered(agent, "+14255550168");
        Shell dialog = openTransfer();
        Table endpoints = robot.find(dialog, Table.class, WidgetIds.TRANSFER_LIST);
        robot.type(robot.find(dialog, Text.class, WidgetIds.TRANSFER_FILTER), "+1 (425) 555-0199");
        robot.waitUntil(() -> endpoints.getItemCount() > 0
                && WidgetIds.TRANSFER_DIAL.equals(endpoints.getItem(0).getData(WidgetIds.KEY))
                && endpoints.getItem(0).getText().contains("+14255550199"),
                () -> "the first row dials the number: " + UiRobot.rows(endpoints));
        assertEquals(0, endpoints.getSelectionIndex(), "the number to dial is selected");
        robot.click(robot.find(dialog, Button.class, WidgetIds.TRANSFER_CONFIRM));

        awaitTransferred(contact);
    }

    private Contact answered(Agent agent, String caller) {
        CustomerContact call = fixture.center().customerCalls(caller);
        Contact contact = robot.waitFor(call::seenByAgent, "the offer from " + caller);
        robot.waitUntil(() -> fixture.talking(call.contactId()), "the softphone's media");
        SandboxFixture.await(robot, contact.accept(), "accept");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.CONNECTED, "connected");
        return contact;
    }

    private Shell openTransfer() {
        Button transfer = view.find(Button.class, WidgetIds.TRANSFER);
        robot.waitUntil(transfer::isEnabled, "transfer during the call");
        robot.click(transfer);
        return robot.waitForShell(WidgetIds.TRANSFER_DIALOG, "the transfer dialog");
    }

    private void awaitTransferred(Contact contact) {
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.ENDED, "after-call work");
        SandboxFixture.await(robot, contact.clear(), "clear");
        CallLog log = Bundles.service(CallLog.class, Duration.ofSeconds(10));
        robot.waitUntil(() -> log.find(contact.getContactId()).map(e -> e.outcome() == CallOutcome.TRANSFERRED)
                .orElse(false), () -> "the call log says transferred: " + log.find(contact.getContactId()));
    }

    // the endpoints the rows show (each row's data)
    private static List<Endpoint> listed(Table endpoints) {
        return Arrays.stream(endpoints.getItems()).map(item -> item.getData()).filter(Endpoint.class::isInstance)
                .map(Endpoint.class::cast).toList();
    }
}
