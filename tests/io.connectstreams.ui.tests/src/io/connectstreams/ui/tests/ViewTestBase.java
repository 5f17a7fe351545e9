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

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.Agent;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.ui.WidgetIds;

/**
 * A sandbox, the agent view open in the IDE workbench, and helpers to bring the agent to a call; closed after each
 * test.
 */
abstract class ViewTestBase {

    @TempDir
    Path temp;

    final UiRobot robot = new UiRobot(Display.getCurrent());
    SandboxFixture fixture;
    AgentViewHandle view;

    @BeforeEach
    void openView() throws Exception {
        fixture = SandboxFixture.start(sandbox(), temp);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
        view = AgentViewHandle.open(robot);
    }

    /**
     * @return the sandbox of each test: the default HTTPS one (the demo agents, callers answered manually)
     */
    Sandbox.Builder sandbox() {
        return Sandbox.builder().port(0);
    }

    @AfterEach
    void closeView() throws Exception {
        robot.shells(WidgetIds.NOTIFICATION).forEach(org.eclipse.swt.widgets.Shell::close);
        if (view != null) {
            view.close();
        }
        fixture.close();
    }

    /**
     * Signs Jane in and makes her Available (through the API: what the view does is tested elsewhere).
     *
     * @return the agent
     */
    Agent signInAvailable() {
        Agent agent = fixture.signIn(robot, "jane", false);
        SandboxFixture.await(robot, agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()),
                "Available");
        robot.waitUntil(() -> "Available".equals(agent.getState().name()), "Jane Available");
        return agent;
    }

    /**
     * Places a call to the agent and waits until the view shows it ringing.
     *
     * @param caller the caller's number
     * @return the contact id
     */
    String ring(String caller) {
        String contactId = fixture.sandbox.control().placeCall(caller);
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        robot.waitUntil(() -> AgentViewCallTest.row(contacts, caller, "Ringing"),
                () -> "the ringing call in the view: " + UiRobot.rows(contacts));
        return contactId;
    }

    /**
     * @param caller a caller's number
     * @param state the contact's state as the view shows it
     */
    void awaitContact(String caller, String state) {
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        robot.waitUntil(() -> AgentViewCallTest.row(contacts, caller, state),
                () -> caller + " " + state + " in the view: " + UiRobot.rows(contacts));
    }

    /** Waits until the view shows no contact. */
    void awaitNoContact() {
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        robot.waitUntil(() -> contacts.getItemCount() == 0, () -> "no contact: " + UiRobot.rows(contacts));
    }
}
