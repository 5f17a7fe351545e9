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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * A task on the card, against the sandbox: its icon, name, description and references (web addresses as links, the
 * rest as text), and its life offered → accepted → paused → resumed → ended → completed, each click confirmed by the
 * sandbox's state; a task beside a call, either one chosen from the list.
 */
class TaskPanelTest extends ViewTestBase {

    private static final String TASK = "Call Ada back";
    private static final String INVOICE = "https://crm.example.com/invoices/42";
    private static final String CALLER = "+14255550177";

    @BeforeEach
    void quiet() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @Test
    void aTaskIsOfferedAcceptedPausedResumedEndedAndCompleted() throws Exception {
        Screenshots.frame(view.page, view.view);
        signInAvailable();
        SandboxControl control = fixture.sandbox.control();
        Map<String, TaskReference> references = new LinkedHashMap<>();
        references.put("Invoice", TaskReference.url(INVOICE));
        references.put("Account", new TaskReference("STRING", "A-1001"));
        String taskId = fixture.center().taskArrives(TASK, "She asked about invoice 42", references).contactId();

        Label name = view.find(Label.class, WidgetIds.CARD_NAME);
        Label icon = view.find(Label.class, WidgetIds.CARD_TASK_ICON);
        Label description = view.find(Label.class, WidgetIds.CARD_DESCRIPTION);
        Label state = view.find(Label.class, WidgetIds.CARD_STATE);
        Button accept = view.find(Button.class, WidgetIds.ACCEPT);
        Button pause = view.find(Button.class, WidgetIds.PAUSE);
        Button end = view.find(Button.class, WidgetIds.HANG_UP);
        Button clear = view.find(Button.class, WidgetIds.CLEAR);
        robot.waitUntil(() -> TASK.equals(name.getText()) && accept.isVisible(),
                () -> "the offered task on the card: " + name.getText());
        assertTrue(icon.isVisible() && icon.getImage() != null, "the task icon");
        assertEquals("Incoming task", state.getText().strip());
        assertEquals("She asked about invoice 42", description.getText());
        Link invoice = view.find(Link.class, WidgetIds.reference("Invoice"));
        assertEquals(INVOICE, invoice.getToolTipText(), "the link opens the reference's address");
        assertEquals("<a>Invoice</a>", invoice.getText());
        assertEquals("Account: A-1001", view.find(Label.class, WidgetIds.reference("Account")).getText());
        assertTrue(view.find(Button.class, WidgetIds.REJECT).isVisible());
        assertFalse(pause.isVisible() || end.isVisible(), "nothing but accept or reject while it is offered");

        robot.click(accept);
        awaitSandbox(control, taskId, "connected");
        robot.waitUntil(() -> pause.isVisible() && end.isVisible(), "Pause and End on the connected task");
        for (String voiceOnly : List.of(WidgetIds.HOLD, WidgetIds.TRANSFER, WidgetIds.KEYPAD)) {
            assertFalse(view.find(Button.class, voiceOnly).isVisible(), voiceOnly + " is for calls");
        }

        robot.click(pause);
        awaitSandbox(control, taskId, "paused");
        robot.waitUntil(() -> "Paused".equals(state.getText().strip()) && end.isVisible(),
                () -> "the paused task, still to end: " + state.getText());
        Screenshots.save(robot, view.composite, "task-card");

        robot.click(pause);
        awaitSandbox(control, taskId, "connected");
        robot.waitUntil(() -> "Connected".equals(state.getText().strip()), () -> "resumed: " + state.getText());

        robot.click(end);
        awaitSandbox(control, taskId, "ended");
        robot.waitUntil(() -> clear.isVisible() && !end.isVisible() && !pause.isVisible(),
                "only Complete in after-contact work");

        robot.click(clear);
        robot.waitUntil(() -> SandboxContacts.state(control, taskId).isEmpty(), "the task completed in the sandbox");
        awaitNoContact();
        assertFalse(icon.isVisible() || description.isVisible(), "no task left on the card");
    }

    @Test
    void onlyWebAddressesAreLinks() {
        signInAvailable();
        Map<String, TaskReference> references = new LinkedHashMap<>();
        references.put("Web", TaskReference.url("http://crm.example.com/a?b=c&d=e"));
        references.put("Script", TaskReference.url("javascript:alert(1)"));
        references.put("File", TaskReference.url("file:///etc/passwd"));
        references.put("<a href=\"x\">Markup</a>", TaskReference.url(INVOICE));
        fixture.center().taskArrives(TASK, null, references);
        Label name = view.find(Label.class, WidgetIds.CARD_NAME);
        robot.waitUntil(() -> TASK.equals(name.getText()), () -> "the task on the card: " + name.getText());

        assertEquals("http://crm.example.com/a?b=c&d=e", view.find(Link.class, WidgetIds.reference("Web"))
                .getToolTipText());
        assertEquals("Script: javascript:alert(1)", view.find(Label.class, WidgetIds.reference("Script")).getText());
        assertEquals("File: file:///etc/passwd", view.find(Label.class, WidgetIds.reference("File")).getText());
        Link markup = view.find(Link.class, WidgetIds.reference("<a href=\"x\">Markup</a>"));
        assertEquals(INVOICE, markup.getToolTipText());
        assertEquals("<a>\u2039a href=\"x\"\u203AMarkup\u2039/a\u203A</a>", markup.getText(),
                "a name is no markup: its angle brackets are quotation marks");
        assertFalse(view.find(Label.class, WidgetIds.CARD_DESCRIPTION).isVisible(), "no description, no line");
    }

    @Test
    void aTaskBesideACallEitherChosenFromTheList() {
        signInAvailable();
        ring(CALLER);
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(CALLER, Phase.CONNECTED);
        fixture.center().taskArrives(TASK);
        Label name = view.find(Label.class, WidgetIds.CARD_NAME);
        robot.waitUntil(() -> TASK.equals(name.getText()), () -> "the offered task takes the card: " + name.getText());
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        assertEquals(2, contacts.getItemCount(), () -> "the call listed below: " + UiRobot.rows(contacts));

        robot.selectRow(contacts, row(contacts, CALLER));
        robot.waitUntil(() -> "(425) 555-0177".equals(name.getText()), () -> "the call chosen: " + name.getText());
        assertFalse(view.find(Label.class, WidgetIds.CARD_TASK_ICON).isVisible());
        assertTrue(view.find(Button.class, WidgetIds.HOLD).isVisible(), "the call's own actions");

        robot.selectRow(contacts, row(contacts, TASK));
        robot.waitUntil(() -> TASK.equals(name.getText()), () -> "the task chosen again: " + name.getText());
        assertTrue(view.find(Button.class, WidgetIds.ACCEPT).isVisible());
    }

    private void awaitSandbox(SandboxControl control, String contactId, String state) {
        robot.waitUntil(() -> SandboxContacts.state(control, contactId).equals(Optional.of(state)),
                () -> "the task " + state + " in the sandbox: " + SandboxContacts.state(control, contactId));
    }

    private static int row(Table contacts, String first) {
        List<List<String>> rows = UiRobot.rows(contacts);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(first)) {
                return i;
            }
        }
        throw new AssertionError(first + " not listed: " + rows);
    }
}
