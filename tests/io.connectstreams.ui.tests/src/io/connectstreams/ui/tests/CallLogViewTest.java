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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.WidgetIds;

/**
 * The call-log table over the real call log service, with the real softphone setting up each call's media while it
 * rings: answered, rejected and missed calls appear with their outcome; the filter, sorting by a column, the details
 * dialog on double-click and the CSV export work.
 */
class CallLogViewTest extends ViewTestBase {

    private static final String ANSWERED = "+14255550201";
    private static final String REJECTED = "+14255550202";
    private static final String MISSED = "+442079460000";

    @Test
    void theCallLogFiltersSortsShowsDetailsAndExports() throws Exception {
        Agent agent = signInAvailable();
        answerAndHangUp(agent, ANSWERED);
        rejectCall(agent, REJECTED);
        callerGivesUp(agent, MISSED);

        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> callLogRow(callLog, ANSWERED, CallOutcome.ANSWERED)
                && callLogRow(callLog, REJECTED, CallOutcome.REJECTED)
                && callLogRow(callLog, MISSED, CallOutcome.MISSED), () -> "three calls: " + UiRobot.rows(callLog));
        Screenshots.frame(view.page, view.view);
        Screenshots.save(robot, view.composite, "call-log");

        Text filter = view.find(Text.class, WidgetIds.CALL_LOG_FILTER);
        robot.type(filter, "+1425555020");
        robot.waitUntil(() -> callLog.getItemCount() == 2, () -> "the filter keeps two: " + UiRobot.rows(callLog));

        int number = column(callLog, WidgetIds.CALL_LOG_NUMBER);
        robot.click(callLog.getColumn(number));
        robot.waitUntil(() -> numbers(callLog, number).equals(List.of(ANSWERED, REJECTED)), "sorted up by number");
        robot.click(callLog.getColumn(number));
        robot.waitUntil(() -> numbers(callLog, number).equals(List.of(REJECTED, ANSWERED)), "sorted down by number");

        assertEquals(CallOutcome.ANSWERED, ((CallLogEntry) callLog.getItem(1).getData()).outcome());
        robot.doubleClickRow(callLog, 1);
        Shell details = robot.waitForShell(WidgetIds.CALL_DETAILS, "the details of the answered call");
        assertTrue(fields(details).contains(ANSWERED), () -> "details: " + fields(details));
        details.close();

        Path csv = temp.resolve("calls.csv");
        view.part.setExportFileChooser(shell -> csv.toString());
        robot.click(view.find(Button.class, WidgetIds.CALL_LOG_EXPORT));
        robot.waitUntil(() -> Files.exists(csv) && read(csv).contains(REJECTED), "the CSV file");
        List<String> lines = read(csv).lines().toList();
        assertTrue(lines.get(0).startsWith("contact_id,direction,type,number"), lines.get(0));
        assertEquals(3, lines.size(), () -> "the header and the two filtered calls: " + lines);
        robot.waitUntil(() -> robot.findAnywhere(Text.class, WidgetIds.MESSAGE).getText().contains(csv.toString()),
                "the view to say where the file is");
    }

    private void answerAndHangUp(Agent agent, String caller) {
        Contact contact = offered(caller).seenByAgent().orElseThrow();
        SandboxFixture.await(robot, contact.accept(), "accept");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.CONNECTED, "connected");
        SandboxFixture.await(robot, contact.getAgentConnection().orElseThrow().destroy(), "hang up");
        robot.waitUntil(() -> contact.getState().type() == ContactStateType.ENDED, "after-call work");
        SandboxFixture.await(robot, contact.clear(), "clear");
        robot.waitUntil(() -> agent.getContacts().isEmpty(), "no contact");
    }

    private void rejectCall(Agent agent, String caller) {
        SandboxFixture.await(robot, offered(caller).seenByAgent().orElseThrow().reject(), "reject");
        robot.waitUntil(() -> agent.getContacts().isEmpty(), "no contact");
    }

    private void callerGivesUp(Agent agent, String caller) {
        offered(caller).hangUp();
        robot.waitUntil(() -> agent.getContacts().isEmpty(), "no contact");
    }

    /**
     * The call rings until the softphone has its media, as it does within a moment: a caller who gives up earlier
     * races the softphone's own request for the call, which the back end then answers "not found", and the
     * softphone's failure makes the entry Failed rather than Missed.
     *
     * @return the call, which the agent sees
     */
    private CustomerContact offered(String caller) {
        CustomerContact call = fixture.center().customerCalls(caller);
        robot.waitFor(call::seenByAgent, "the offer from " + caller);
        robot.waitUntil(() -> fixture.talking(call.contactId()), () -> "the softphone's media for " + caller + ": "
                + fixture.softphone.sessions());
        return call;
    }

    private static int column(Table table, String id) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (id.equals(table.getColumn(i).getData(WidgetIds.KEY))) {
                return i;
            }
        }
        throw new AssertionError("no column " + id);
    }

    private static List<String> numbers(Table table, int column) {
        return UiRobot.rows(table).stream().map(row -> row.get(column)).toList();
    }

    private String fields(Shell details) {
        StringBuilder text = new StringBuilder();
        collect(details, text);
        return text.toString();
    }

    private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder text) {
        if (control instanceof Text field && WidgetIds.CALL_DETAILS_FIELD.equals(field.getData(WidgetIds.KEY))) {
            text.append(field.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
