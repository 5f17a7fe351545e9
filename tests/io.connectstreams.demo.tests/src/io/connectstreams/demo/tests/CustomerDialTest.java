/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.demo.internal.DemoWidgetIds;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.signin.DemoSignIn;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.ui.WidgetIds;

/**
 * Click-to-dial in the demo CRM: the customer list's context menu has Call, enabled for a selected customer, and it
 * places an outbound call to that customer's number (checked, in E.164) through the agent view's dial command,
 * against the demo's sandbox. A number the agent may not dial, or no agent signed in, places no call and the status
 * line says why.
 */
class CustomerDialTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PERSPECTIVE = "io.connectstreams.demo.perspective";
    private static final String CUSTOMER_LIST = "io.connectstreams.demo.customerList";
    private static final String CALL_CUSTOMER = "io.connectstreams.demo.callCustomer";

    private final Display display = Display.getCurrent();
    private final EventLoop loop = new EventLoop(display, WAIT);
    private final Streams streams = Bundles.service(Streams.class, WAIT);
    private final AgentSignIn agentSignIn = Bundles.service(AgentSignIn.class, WAIT);
    private final DemoContactCenter contactCenter = Bundles.service(DemoContactCenter.class, WAIT);
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener log = (status, plugin) -> logged.add(status);
    private IWorkbenchPage page;

    @BeforeEach
    void openTheCustomerList() throws Exception {
        assertNotNull(display, "runs on the UI thread");
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        workbench.showPerspective(PERSPECTIVE, window);
        page = window.getActivePage();
        IViewPart list = page.showView(CUSTOMER_LIST);
        page.activate(list);
        list.getViewSite().getActionBars().getStatusLineManager().setMessage(null); // none of an earlier test
        loop.flush();
        Platform.addLogListener(log);
    }

    @AfterEach
    void closeIt() {
        Platform.removeLogListener(log);
        // the callee hangs up and jane clears the after-call work: Available again for the next test
        streams.currentAgent().ifPresent(agent -> outbound(agent).ifPresent(call -> {
            contactCenter.sandbox().control().hangUp(call.contactId());
            loop.waitUntil(() -> outbound(agent).map(contact -> !contact.isActive()).orElse(true), "the call ended");
            streams.findContact(call.contactId()).ifPresent(contact -> {
                var cleared = contact.clear().toCompletableFuture();
                loop.waitUntil(cleared::isDone, "after-call work cleared");
                cleared.join();
            });
            loop.waitUntil(() -> outbound(agent).isEmpty(), "the call gone");
        }));
        streams.terminate();
        page.closePerspective(page.getPerspective(), false, false);
        loop.flush();
    }

    @Test
    void theContextMenuCallsTheSelectedCustomer() throws Exception {
        new DemoSignIn(streams, agentSignIn, contactCenter).signIn();
        loop.waitUntil(() -> streams.currentAgent().isPresent(), "jane signed in");
        Agent agent = streams.currentAgent().orElseThrow();
        Customer alan = CustomerDirectory.builtIn().findByPhone("+442079460123").orElseThrow();

        Table customers = find(Table.class, DemoWidgetIds.CUSTOMERS);
        MenuItem call = menuItem(customers.getMenu(), CALL_CUSTOMER);
        assertFalse(call.isEnabled(), "Call needs a selected customer");
        select(customers, alan);
        call = menuItem(customers.getMenu(), CALL_CUSTOMER);
        assertTrue(call.isEnabled(), "Call for the selected customer");
        call.notifyListeners(SWT.Selection, new Event());
        loop.flush();

        loop.waitUntil(() -> outbound(agent).isPresent(), () -> "the outbound call: " + agent.toSnapshot().contacts());
        ContactSnapshot placed = outbound(agent).orElseThrow();
        assertEquals("+442079460123", placed.initialConnection().orElseThrow().endpoint().stripPhoneNumber(),
                "the customer's number, written \"" + alan.phone() + "\" in the CRM, dialled in E.164");
        assertEquals(agent.getRoutingProfile().defaultOutboundQueue().queueArn(), placed.queue().queueArn());
    }

    @Test
    void aNumberTheAgentMayNotDialIsNotCalledAndTheStatusLineSaysWhy() throws Exception {
        new DemoSignIn(streams, agentSignIn, contactCenter).signIn();
        loop.waitUntil(() -> streams.currentAgent().isPresent(), "jane signed in");
        Agent agent = streams.currentAgent().orElseThrow();
        Customer rafael = CustomerDirectory.builtIn().findByPhone("+551123456789").orElseThrow();
        PhoneNumberResult refused = PhoneNumbers.toDialable(rafael.phone(), agent.getConfiguration());
        assertEquals(PhoneNumberProblem.COUNTRY_NOT_DIALABLE, refused.problem(),
                "Brazil is not among jane's dialable countries " + agent.getDialableCountries());

        try (BusRecorder events = new BusRecorder(streams.eventBus())) {
            callFromTheContextMenu(rafael);

            // "<customer> was not called: <why>", the why in PhoneNumbers' words
            String why = NLS.bind(Messages.Dial_refused, "", PhoneNumbers.explain(refused));
            String said = awaitStatusLine(text -> text.contains(rafael.name()) && text.endsWith(why),
                    "the refusal of " + rafael.phone());
            loop.waitUntil(() -> logged.stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
                    && said.equals(status.getMessage())), () -> "the refusal logged as a warning: " + logged);
            assertEquals(List.of(), events.payloads(StreamsEvents.DIAL_REFUSED, Object.class),
                    "the CRM refused the number itself: the agent view's dial command never ran");
        }
        assertEquals(List.of(), agent.toSnapshot().contacts(), "jane has no contact");
        assertEquals(List.of(), sandboxOutboundContacts(), "the sandbox has no outbound contact");
    }

    @Test
    void withoutAnAgentSignedInCallSaysSignInFirst() {
        streams.terminate();
        loop.waitUntil(() -> streams.currentAgent().isEmpty(), "no agent signed in");
        Customer ada = CustomerDirectory.builtIn().findByPhone("+14255550100").orElseThrow();

        callFromTheContextMenu(ada);

        awaitStatusLine(Messages.Dial_signInFirst::equals, "sign in first");
        assertEquals(List.of(), sandboxOutboundContacts(), "the sandbox has no outbound contact");
    }

    /** Selects the customer in the list and chooses Call in its context menu. */
    private void callFromTheContextMenu(Customer customer) {
        Table customers = find(Table.class, DemoWidgetIds.CUSTOMERS);
        select(customers, customer);
        MenuItem call = menuItem(customers.getMenu(), CALL_CUSTOMER);
        assertTrue(call.isEnabled(), "Call for the selected customer");
        call.notifyListeners(SWT.Selection, new Event());
        loop.flush();
    }

    /** Waits until the workbench window's status line shows a matching message, and returns it. */
    private String awaitStatusLine(Predicate<String> matches, String description) {
        loop.waitUntil(() -> statusLineTexts().stream().anyMatch(matches),
                () -> description + " in the status line; it shows " + statusLineTexts());
        return statusLineTexts().stream().filter(matches).findFirst().orElseThrow();
    }

    /** The texts of the window's status line (its message is a {@link CLabel}). */
    private List<String> statusLineTexts() {
        List<String> texts = new ArrayList<>();
        collectLabels(page.getWorkbenchWindow().getShell(), texts);
        return texts;
    }

    private static void collectLabels(org.eclipse.swt.widgets.Control control, List<String> texts) {
        if (control instanceof CLabel label && label.getText() != null) {
            texts.add(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    /** The outbound contacts of the demo's sandbox (its control API): customer number and contact id. */
    private List<String> sandboxOutboundContacts() {
        return JsonParser.parseString(contactCenter.sandbox().control().contactsJson()).getAsJsonObject()
                .getAsJsonArray("contacts").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(contact -> new JsonPrimitive("outbound").equals(contact.get("initiationMethod")))
                .map(contact -> contact.get("customerNumber") + " " + contact.get("contactId").getAsString())
                .toList();
    }

    private static Optional<ContactSnapshot> outbound(Agent agent) {
        return agent.toSnapshot().contacts().stream().filter(contact -> contact.initialConnection()
                .map(connection -> connection.type() == ConnectionType.OUTBOUND).orElse(false)).findFirst();
    }

    /** Selects a customer's row as a click does (the viewer tells the selection service). */
    private void select(Table table, Customer customer) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() == customer || customer.equals(table.getItem(i).getData())) {
                table.setSelection(i);
                Event event = new Event();
                event.item = table.getItem(i);
                table.notifyListeners(SWT.Selection, event);
                loop.flush();
                return;
            }
        }
        fail(customer.name() + " is not listed");
    }

    /** Opens the menu as a right click does (its items are made when it shows) and finds a command's item. */
    private MenuItem menuItem(Menu menu, String commandId) {
        assertNotNull(menu, "the list has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        loop.flush();
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String command = commandOf(item);
            seen.add(command + "=" + item.getText());
            if (commandId.equals(command)) {
                menu.notifyListeners(SWT.Hide, new Event());
                return item;
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return fail(commandId + " is not in the context menu: " + seen);
    }

    private static String commandOf(MenuItem item) {
        if (item.getData() instanceof CommandContributionItem contribution) {
            return contribution.getCommand().getId();
        }
        if (item.getData("modelElement") instanceof MHandledItem handled && handled.getCommand() != null) {
            return handled.getCommand().getElementId();
        }
        return ""; //$NON-NLS-1$
    }

    private <T> T find(Class<T> type, String id) {
        for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
            T found = find(shell, type, id);
            if (found != null) {
                return found;
            }
        }
        return fail("no " + type.getSimpleName() + " " + id);
    }

    private static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type, String id) {
        if (type.isInstance(control) && id.equals(control.getData(WidgetIds.KEY))) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

}
