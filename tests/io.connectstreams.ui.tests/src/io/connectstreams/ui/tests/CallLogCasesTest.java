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

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.WidgetIds;

/**
 * The call log in the view in the cases it once got wrong (issue 12), against the sandbox: the talk time of the call
 * under way ticks; a call is finished, not left Ongoing, when the agent signs out during its after-call work; the
 * columns fit their headers and the table scrolls sideways in a narrow part.
 */
class CallLogCasesTest extends ViewTestBase {

    private static final String TALKING = "+14255550231";
    private static final String SIGNING_OUT = "+14255550232";

    @Test
    void theTalkTimeOfTheCallUnderWayTicks() {
        signInAvailable();
        Contact contact = answered(TALKING);
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        int number = column(callLog, WidgetIds.CALL_LOG_NUMBER);
        int talk = column(callLog, WidgetIds.CALL_LOG_TALK);
        robot.waitUntil(() -> talkOf(callLog, number, talk).matches("\\d\\d:\\d\\d") && !"00:00".equals(
                talkOf(callLog, number, talk)), () -> "the talk time counting: " + UiRobot.rows(callLog));
        String first = talkOf(callLog, number, talk);
        robot.waitUntil(() -> !first.equals(talkOf(callLog, number, talk)),
                () -> "the talk time ticking on from " + first + ": " + UiRobot.rows(callLog));
        SandboxFixture.await(robot, contact.getAgentConnection().orElseThrow().destroy(), "hang up");
    }

    @Test
    void aCallInAfterCallWorkIsFinishedWhenTheAgentSignsOut() {
        signInAvailable();
        Contact contact = answered(SIGNING_OUT);
        String contactId = contact.getContactId();
        SandboxFixture.await(robot, contact.getAgentConnection().orElseThrow().destroy(), "hang up");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.ENDED, "after-call work");
        CallLog log = Bundles.service(CallLog.class, Duration.ofSeconds(10));
        robot.waitUntil(() -> log.find(contactId).map(e -> e.end() != null).orElse(false), "the end recorded");

        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        int number = column(callLog, WidgetIds.CALL_LOG_NUMBER);
        int outcome = column(callLog, WidgetIds.CALL_LOG_OUTCOME);
        robot.waitUntil(() -> !cell(callLog, SIGNING_OUT, number, outcome).isEmpty(), "the call in the table");
        String ongoing = cell(callLog, SIGNING_OUT, number, outcome);

        robot.click(view.find(Button.class, WidgetIds.SIGN_OUT));
        robot.waitUntil(() -> log.find(contactId).map(e -> e.outcome() == CallOutcome.ANSWERED).orElse(false),
                () -> "answered, not ongoing, after signing out: " + log.find(contactId));
        robot.waitUntil(() -> !ongoing.equals(cell(callLog, SIGNING_OUT, number, outcome)),
                () -> "the table no longer says " + ongoing + ": " + UiRobot.rows(callLog));
        assertEquals(1, log.query(CallLogQuery.ALL).stream().filter(e -> e.contactId().equals(contactId)).count(),
                "one entry");
    }

    @Test
    void theColumnsFitTheirHeadersAndTheTableScrollsInANarrowPart() {
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        view.composite.setSize(320, 700);
        view.composite.layout(true, true);
        robot.flush();

        Rectangle part = view.composite.getClientArea();
        Rectangle table = view.composite.getDisplay().map(callLog.getParent(), view.composite, callLog.getBounds());
        assertTrue(table.x >= 0 && table.x + table.width <= part.width, () -> "the table inside the part: " + table);
        GC gc = new GC(callLog);
        try {
            for (TableColumn column : callLog.getColumns()) {
                int header = gc.textExtent(column.getText()).x;
                assertTrue(column.getWidth() >= header, () -> "header " + column.getText() + " (" + header
                        + " px) cut to " + column.getWidth() + " px");
            }
        } finally {
            gc.dispose();
        }
        int columns = Arrays.stream(callLog.getColumns()).mapToInt(TableColumn::getWidth).sum();
        assertTrue(columns > callLog.getClientArea().width, "wider than 320 px: the table scrolls");
        assertTrue(callLog.getHorizontalBar() != null, "a horizontal scroll bar");
        assertEquals(7, callLog.getColumnCount());
    }

    private Contact answered(String caller) {
        CustomerContact call = fixture.center().customerCalls(caller);
        Contact contact = robot.waitFor(call::seenByAgent, "the offer");
        robot.waitUntil(() -> fixture.talking(call.contactId()), "the softphone's media");
        SandboxFixture.await(robot, contact.accept(), "accept");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.CONNECTED, "connected");
        return contact;
    }

    static int column(Table table, String id) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (id.equals(table.getColumn(i).getData(WidgetIds.KEY))) {
                return i;
            }
        }
        throw new AssertionError("no column " + id);
    }

    private static String talkOf(Table table, int number, int talk) {
        return cell(table, TALKING, number, talk);
    }

    /** The cell in the given column of the caller's newest row, empty without one. */
    private static String cell(Table table, String caller, int number, int column) {
        return UiRobot.rows(table).stream().filter(r -> r.get(number).equals(caller)).map(r -> r.get(column))
                .findFirst().orElse("");
    }
}
