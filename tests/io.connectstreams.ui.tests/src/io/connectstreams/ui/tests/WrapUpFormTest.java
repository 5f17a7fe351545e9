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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.api.wrapup.DispositionCodes;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The wrap-up form in after-call work, against the sandbox and the real call log: with the host's disposition codes
 * the agent chooses one and types notes, Clear saves both into the call log entry and a {@code CallLog} listener
 * hears them, off the UI thread, and the call's details show them; without a service the preference's codes show;
 * without codes only the notes show.
 */
class WrapUpFormTest extends ViewTestBase {

    private static final String CALLER = "+14255550161";
    private static final String NOTES_ONLY_CALLER = "+14255550162";
    private static final String PREFERENCE_CALLER = "+14255550163";
    private static final String NOTES = "Refund issued, \"thanks\"\nCall back Monday";

    @Test
    void aDispositionAndNotesReachTheCallLogAndItsListenerWhenTheAgentClears() {
        DispositionCodes crm = contact -> List.of(new DispositionCode("resolved", "Resolved"),
                new DispositionCode("follow-up", "Follow-up"), new DispositionCode("escalated", "Escalated"));
        ServiceRegistration<DispositionCodes> registration = FrameworkUtil.getBundle(WrapUpFormTest.class)
                .getBundleContext().registerService(DispositionCodes.class, crm,
                        new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
        CallLog callLog = Bundles.service(CallLog.class, Duration.ofSeconds(10));
        List<CallLogChange> heard = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (Subscription listener = callLog.addListener(change -> {
            heard.add(change);
            threads.add(Thread.currentThread());
        })) {
            String contactId = toAfterCallWork(CALLER);
            Composite form = view.find(Composite.class, WidgetIds.WRAP_UP);
            Combo disposition = view.find(Combo.class, WidgetIds.WRAP_UP_DISPOSITION);
            robot.waitUntil(() -> form.isVisible() && disposition.isVisible(), "the wrap-up form with the codes");
            assertEquals(List.of("(none)", "Resolved", "Follow-up", "Escalated"),
                    Arrays.asList(disposition.getItems()));
            robot.select(disposition, "Follow-up");
            robot.type(view.find(Text.class, WidgetIds.WRAP_UP_NOTES), NOTES);

            robot.click(view.find(Button.class, WidgetIds.CLEAR));
            awaitNoContact();
            robot.waitUntil(() -> callLog.find(contactId).map(CallLogEntry::isFinished).orElse(false),
                    "the entry finished");
            CallLogEntry entry = callLog.find(contactId).orElseThrow();
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals("follow-up", entry.disposition());
            assertEquals(NOTES, entry.notes());

            robot.waitUntil(() -> heard.stream().anyMatch(c -> c.entry().contactId().equals(contactId)
                    && c.entry().isFinished() && "follow-up".equals(c.entry().disposition())
                    && NOTES.equals(c.entry().notes())), () -> "the listener heard the wrap-up: " + heard);
            assertFalse(threads.contains(Display.getCurrent().getThread()), "never on the UI thread");

            // the call log's details show the wrap-up too (the newest row of this caller is this call)
            Table table = view.find(Table.class, WidgetIds.CALL_LOG);
            robot.waitUntil(() -> callLogRow(table, CALLER, CallOutcome.ANSWERED),
                    () -> "the call in the call log: " + UiRobot.rows(table));
            List<List<String>> rows = UiRobot.rows(table);
            int row = 0;
            while (!rows.get(row).contains(CALLER)) {
                row++;
            }
            robot.doubleClickRow(table, row);
            Shell details = robot.waitForShell(WidgetIds.CALL_DETAILS, "the details of the call");
            List<String> fields = new ArrayList<>();
            collect(details, fields);
            details.close();
            assertTrue(fields.contains("follow-up") && fields.contains(NOTES), () -> "details: " + fields);
            assertTrue(threads.stream().allMatch(t -> t.getName().startsWith("cs-calllog-listeners-")),
                    threads::toString);
        } finally {
            registration.unregister();
        }
    }

    @Test
    void withoutCodesOnlyTheNotesShow() {
        CallLog callLog = Bundles.service(CallLog.class, Duration.ofSeconds(10));
        String contactId = toAfterCallWork(NOTES_ONLY_CALLER);
        Composite form = view.find(Composite.class, WidgetIds.WRAP_UP);
        Text notes = view.find(Text.class, WidgetIds.WRAP_UP_NOTES);
        robot.waitUntil(() -> form.isVisible() && notes.isVisible(), "the wrap-up form");
        assertFalse(view.find(Combo.class, WidgetIds.WRAP_UP_DISPOSITION).isVisible(), "no codes, no choice");
        robot.type(notes, "Wrong department");

        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        awaitNoContact();
        robot.waitUntil(() -> callLog.find(contactId).map(CallLogEntry::isFinished).orElse(false),
                "the entry finished");
        assertNull(callLog.find(contactId).orElseThrow().disposition());
        assertEquals("Wrong department", callLog.find(contactId).orElseThrow().notes());
        assertFalse(form.isVisible(), "the form goes with the contact");
    }

    @Test
    void withoutAServiceTheCodesOfThePreferenceShowAndTheChosenOneIsSaved() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).put(AgentPreferences.DISPOSITION_CODES,
                "sale=Sale; no-sale = No sale ;=not a code;callback");
        CallLog callLog = Bundles.service(CallLog.class, Duration.ofSeconds(10));
        String contactId = toAfterCallWork(PREFERENCE_CALLER);
        Combo disposition = view.find(Combo.class, WidgetIds.WRAP_UP_DISPOSITION);
        robot.waitUntil(disposition::isVisible, "the preference's codes in the wrap-up form");
        assertEquals(List.of("(none)", "Sale", "No sale", "callback"), Arrays.asList(disposition.getItems()));
        robot.select(disposition, "No sale");

        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        awaitNoContact();
        robot.waitUntil(() -> callLog.find(contactId).map(CallLogEntry::isFinished).orElse(false),
                "the entry finished");
        assertEquals("no-sale", callLog.find(contactId).orElseThrow().disposition());
    }

    private static void collect(Control control, List<String> fields) {
        if (control instanceof Text field && WidgetIds.CALL_DETAILS_FIELD.equals(field.getData(WidgetIds.KEY))) {
            fields.add(field.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, fields);
            }
        }
    }

    /** A call answered and hung up through the API: the view shows it in after-call work. */
    private String toAfterCallWork(String caller) {
        Agent agent = signInAvailable();
        CustomerContact call = ring(caller);
        String contactId = call.contactId();
        Contact contact = robot.waitFor(call::seenByAgent, "the contact");
        robot.waitUntil(() -> fixture.talking(contactId), () -> "the softphone's media: " + fixture.softphone.sessions());
        SandboxFixture.await(robot, contact.accept(), "accept");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.CONNECTED, "connected");
        SandboxFixture.await(robot, contact.getAgentConnection().orElseThrow().destroy(), "hang up");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.ENDED, "after-call work");
        assertEquals(1, agent.getContacts().size());
        return contactId;
    }
}
