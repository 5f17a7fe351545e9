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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.ui.AgentCommands;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The dial command as a CRM executes it from its own part ({@code EHandlerService}, and the 3.x
 * {@code IHandlerService}), against the sandbox: the call goes out on the queue asked for and connects; a number the
 * agent may not call never reaches the back end (no {@code createOutboundContact} metric), the command fails with
 * the typed refusal and the agent view says why.
 */
class DialCommandTest extends ViewTestBase {

    private static final String OUTBOUND_METRIC = "createOutboundContact";

    @Test
    void aCrmDialsFromItsOwnPartOnTheQueueItChose() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        Agent agent = signInAvailable();
        Queue sales = queue(agent, "Sales");
        assertTrue(!sales.queueArn().equals(agent.getRoutingProfile().defaultOutboundQueue().queueArn()),
                "the test needs a queue that is not the default outbound one");

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ECommandService commands = window.getService(ECommandService.class);
        EHandlerService handlers = window.getService(EHandlerService.class);
        ParameterizedCommand dial = commands.createCommand(AgentCommands.DIAL,
                Map.of(AgentCommands.DIAL_NUMBER, "+44 20 7946 0123", AgentCommands.DIAL_QUEUE_ARN, sales.queueArn()));
        assertTrue(handlers.canExecute(dial), "enabled while the agent is signed in");
        handlers.executeHandler(dial);

        robot.waitUntil(() -> outbound(agent).filter(ContactSnapshot::isConnected).isPresent(),
                () -> "the outbound call connected: " + agent.toSnapshot().contacts());
        ContactSnapshot call = outbound(agent).orElseThrow();
        assertEquals(sales.queueArn(), call.queue().queueArn(), "the queue the CRM chose");
        assertEquals("+442079460123", call.initialConnection().orElseThrow().endpoint().stripPhoneNumber());
        assertTrue(fixture.sandbox.control().contactsJson().contains(sales.queueArn()),
                "the sandbox's contact is on that queue: " + fixture.sandbox.control().contactsJson());
    }

    @Test
    void aCrmTableViewDialsTheSelectedRowAndARefusedRowIsNotDialled() throws Exception {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        Agent agent = signInAvailable();
        IWorkbenchPage page = view.page;
        CrmTableView crm = (CrmTableView) page.showView(CrmTableView.ID);
        try {
            assertEquals(crm, page.getActivePart(), "the CRM's view is the active part, not the agent view");
            Queue support = queue(agent, "Support");
            crm.setQueueArn(support.queueArn());
            Table rows = robot.findAnywhere(Table.class, CrmTableView.TABLE);
            Button call = robot.findAnywhere(Button.class, CrmTableView.CALL);

            robot.selectRow(rows, 1); // a Brazilian number
            robot.click(call);
            NumberRefusedException refusal = assertInstanceOf(NumberRefusedException.class,
                    crm.failure() == null ? null : crm.failure().getCause(), "the CRM learns why");
            assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE, refusal.problem());
            Text message = view.find(Text.class, WidgetIds.MESSAGE);
            robot.waitUntil(() -> message.getText().contains("+55 11 3003-9303"),
                    () -> "the agent view says why: " + message.getText());

            robot.selectRow(rows, 0);
            robot.click(call);
            assertEquals(null, crm.failure());
            robot.waitUntil(() -> outbound(agent).filter(ContactSnapshot::isConnected).isPresent(),
                    () -> "the outbound call connected: " + agent.toSnapshot().contacts());
            ContactSnapshot placed = outbound(agent).orElseThrow();
            assertEquals(support.queueArn(), placed.queue().queueArn());
            assertEquals("+442079460123", placed.initialConnection().orElseThrow().endpoint().stripPhoneNumber());
            assertEquals(1, agent.toSnapshot().contacts().size(), "the refused row placed nothing");
        } finally {
            page.hideView(crm);
        }
    }

    @Test
    void numbersTheAgentMayNotCallAreNeverDialled() throws Exception {
        Agent agent = signInAvailable();
        BusRecorder events = fixture.center().events();
        Supplier<List<String>> metrics = () -> events.metrics().stream().map(ApiMetric::name).toList();
        assertRefused("+55 11 3003-9303", PhoneNumberProblem.COUNTRY_NOT_DIALABLE); // Brazil
        assertRefused("+1 200 555 0100", PhoneNumberProblem.INVALID_NUMBER);
        assertRefused("not a number", PhoneNumberProblem.NOT_A_NUMBER);
        Text message = view.find(Text.class, WidgetIds.MESSAGE);
        robot.waitUntil(() -> message.getText().contains("not a number"),
                () -> "the view says why: " + message.getText());

        // a number the agent may call, then: the only outbound request the back end ever saw
        handlerService().executeCommand(dial("(425) 555-0100", null), null);
        robot.waitUntil(() -> outbound(agent).isPresent(), () -> "the call: " + agent.toSnapshot().contacts());
        robot.waitUntil(() -> metrics.get().contains(OUTBOUND_METRIC), () -> "its metric: " + metrics.get());
        assertEquals(1, metrics.get().stream().filter(OUTBOUND_METRIC::equals).count(), () -> metrics.get()
                .toString());
        assertEquals(agent.getRoutingProfile().defaultOutboundQueue().queueArn(),
                outbound(agent).orElseThrow().queue().queueArn(), "no queue asked: the default one");
    }

    @Test
    void signedOutTheCommandIsDisabledAndDialsNothing() throws Exception {
        ParameterizedCommand call = dial("+14255550100", null);
        assertThrows(NotEnabledException.class, () -> handlerService().executeCommand(call, null));
        Agent agent = signInAvailable();
        assertTrue(agent.toSnapshot().contacts().isEmpty(), () -> "no call: " + agent.toSnapshot().contacts());
    }

    private void assertRefused(String number, PhoneNumberProblem problem) throws Exception {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> handlerService().executeCommand(dial(number, null), null));
        NumberRefusedException refusal = assertInstanceOf(NumberRefusedException.class, failure.getCause());
        assertEquals(problem, refusal.problem(), number);
        assertEquals(number, refusal.number());
        Text message = view.find(Text.class, WidgetIds.MESSAGE);
        robot.waitUntil(() -> message.getText().contains(number), () -> "the view names " + number + ": "
                + message.getText());
    }

    private static ParameterizedCommand dial(String number, String queueArn) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Map<String, String> parameters = queueArn == null ? Map.of(AgentCommands.DIAL_NUMBER, number)
                : Map.of(AgentCommands.DIAL_NUMBER, number, AgentCommands.DIAL_QUEUE_ARN, queueArn);
        return ParameterizedCommand.generateCommand(commands.getCommand(AgentCommands.DIAL), parameters);
    }

    private static IHandlerService handlerService() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
    }

    static Queue queue(Agent agent, String name) {
        return agent.getRoutingProfile().queues().stream().filter(q -> name.equals(q.name())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " among " + agent.getRoutingProfile().queues()));
    }

    static Optional<ContactSnapshot> outbound(Agent agent) {
        return agent.toSnapshot().contacts().stream().filter(contact -> contact.initialConnection()
                .map(connection -> connection.type() == ConnectionType.OUTBOUND).orElse(false)).findFirst();
    }
}
