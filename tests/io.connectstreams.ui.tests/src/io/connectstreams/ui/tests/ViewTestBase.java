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
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.WidgetIds;

/**
 * A sandbox, the agent view open in the IDE workbench, and helpers to bring the agent to a call; closed after each
 * test.
 */
abstract class ViewTestBase {

    /**
     * Where a contact is, as the API tells it, with the card's action that shows the view got there (for the
     * contact on the card): widgets by id and contacts by data, never by the English the view writes.
     */
    enum Phase {
        /** Offered: an inbound call rings, or a callback is offered. */
        RINGING(contact -> contact.state().type() == ContactStateType.INCOMING
                || contact.state().type() == ContactStateType.CONNECTING && contact.type() == ContactType.VOICE
                        && contact.isInbound(), WidgetIds.ACCEPT),
        /** Accepted, the customer not connected yet (a callback's dialling). */
        DIALING(contact -> contact.state().type() == ContactStateType.CONNECTING && !RINGING.test(contact), null),
        /** Talking. */
        CONNECTED(contact -> contact.state().type() == ContactStateType.CONNECTED && !onHold(contact),
                WidgetIds.HOLD),
        /** The customer on hold. */
        ON_HOLD(contact -> contact.state().type() == ContactStateType.CONNECTED && onHold(contact), WidgetIds.HOLD),
        /** The call ended, the contact in after-call work. */
        AFTER_CALL_WORK(contact -> contact.state().type() == ContactStateType.ENDED, WidgetIds.CLEAR);

        private final Predicate<ContactSnapshot> test;
        /** The card's action this phase offers, {@code null} for none in particular. */
        final String action;

        Phase(Predicate<ContactSnapshot> test, String action) {
            this.test = test;
            this.action = action;
        }

        boolean test(ContactSnapshot contact) {
            return test.test(contact);
        }

        private static boolean onHold(ContactSnapshot contact) {
            return contact.initialConnection().map(ConnectionSnapshot::isOnHold).orElse(false);
        }
    }

    @TempDir
    Path temp;

    final UiRobot robot = new UiRobot(Display.getCurrent());
    SandboxFixture fixture;
    AgentViewHandle view;
    private final java.util.List<ServiceRegistration<?>> registrations = new java.util.ArrayList<>();

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
        registrations.forEach(ServiceRegistration::unregister);
        robot.shells(WidgetIds.NOTIFICATION).forEach(org.eclipse.swt.widgets.Shell::close);
        if (view != null) {
            view.close();
        }
        fixture.close();
    }

    /**
     * @return the state selector, once the signed-in agent's states fill it (a control the agent works in, shown with
     *         and without contacts: the keys of the shortcuts are pressed in it)
     */
    Combo stateSelector() {
        Combo selector = view.find(Combo.class, WidgetIds.AGENT_STATE);
        robot.waitUntil(selector::isEnabled, "the state selector enabled");
        return selector;
    }

    /**
     * Names the caller as the host's directory would, for the pictures: {@link Screenshots#CALLER_NAME}, until the
     * test ends.
     *
     * @param number the caller's number
     */
    void nameTheCaller(String number) {
        registrations.add(Screenshots.nameTheCaller(number));
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
     * A customer calls the agent (the test kit's {@link io.connectstreams.testkit.ContactCenter#customerCalls});
     * waits until the view shows it ringing.
     *
     * @param caller the caller's number
     * @return the call
     */
    CustomerContact ring(String caller) {
        CustomerContact call = fixture.center().customerCalls(caller);
        awaitContact(caller, Phase.RINGING);
        return call;
    }

    /**
     * Waits until the view lists the caller's contact (a row whose data is its id) in this phase (the API's state),
     * with the phase's action on the card when the contact is the card's.
     *
     * @param caller a caller's number (E.164)
     * @param phase where the contact is
     */
    void awaitContact(String caller, Phase phase) {
        awaitContact(robot, view, fixture, caller, phase);
    }

    /**
     * {@link #awaitContact(String, Phase)} for a test with its own view and sandbox.
     *
     * @param robot runs the loop
     * @param view the agent view
     * @param fixture the sandbox and the API
     * @param caller a caller's number (E.164)
     * @param phase where the contact is
     */
    static void awaitContact(UiRobot robot, AgentViewHandle view, SandboxFixture fixture, String caller,
            Phase phase) {
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        Button action = phase.action == null ? null : view.find(Button.class, phase.action);
        robot.waitUntil(() -> Arrays.stream(contacts.getItems()).anyMatch(item -> snapshot(fixture, item)
                .filter(contact -> PartyNames.phoneNumber(contact).filter(caller::equals).isPresent()
                        && phase.test(contact))
                .isPresent()
                && (action == null || !onCard(contacts, item) || action.isVisible() && action.isEnabled())),
                () -> caller + " " + phase + " in the view: " + Arrays.stream(contacts.getItems())
                        .map(item -> item.getData() + " " + snapshot(fixture, item).map(ContactSnapshot::state))
                        .toList());
    }

    // the API's state of a row's contact (its data is the contact id)
    private static Optional<ContactSnapshot> snapshot(SandboxFixture fixture, TableItem item) {
        return item.getData() instanceof String contactId
                ? fixture.streams.findContact(contactId).map(Contact::toSnapshot)
                : Optional.empty();
    }

    private static boolean onCard(Table contacts, TableItem item) {
        return contacts.getSelectionCount() == 1 && contacts.getSelection()[0] == item;
    }

    /**
     * @param callLog the call log's table
     * @param number the customer's number
     * @param outcome how the call ended
     * @return whether a row's entry (its data) is such a call
     */
    static boolean callLogRow(Table callLog, String number, CallOutcome outcome) {
        return Arrays.stream(callLog.getItems()).anyMatch(item -> item.getData() instanceof CallLogEntry entry
                && number.equals(entry.number()) && entry.outcome() == outcome);
    }

    /** Waits until the view shows no contact. */
    void awaitNoContact() {
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        robot.waitUntil(() -> contacts.getItemCount() == 0, () -> "no contact: " + UiRobot.rows(contacts));
    }
}
