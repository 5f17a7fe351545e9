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

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.testkit.Supervisor;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.CallLogColumns;

/**
 * The call-log table's rows of contacts that are not calls the agent took, against the sandbox: a task shows
 * {@code Messages.CallLog_task} and its name, without a number; the call a supervisor monitored shows
 * {@code Messages.CallLog_monitored}, not answered.
 */
class CallLogTaskRowsTest extends ViewTestBase {

    private static final String TASK = "Call Mrs Lee back about her claim";
    private static final String CALLER = "+14255550178";

    @BeforeEach
    void quiet() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @Test
    void aTaskSaysTaskAndItsName() {
        signInAvailable();
        String taskId = fixture.center().taskArrives(TASK).contactId();

        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> cells(callLog, taskId)
                .filter(row -> Messages.CallLog_task.equals(cell(row, WidgetIds.CALL_LOG_DIRECTION))
                        && TASK.equals(cell(row, WidgetIds.CALL_LOG_NAME))
                        && cell(row, WidgetIds.CALL_LOG_NUMBER).isEmpty())
                .isPresent(), () -> "the task's row, Task and its name without a number: " + UiRobot.rows(callLog));
    }

    @Test
    void theCallASupervisorMonitoredSaysMonitored() {
        // the monitored agent answers by itself on a desk phone: the view's runtime is Sam's
        fixture.sandbox.control().addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent")
                .withSoftphone(false, "+12065550199").withAutoAccept(true).withInitialState("Available"));
        fixture.signIn(robot, "sam", false);
        CustomerContact call = fixture.center().customerCallsAgent(CALLER, "desk");
        Supervisor sam = fixture.center().supervisor("sam");
        SandboxFixture.step(robot, () -> sam.monitor(call), "the desk agent to take the call, and Sam to monitor it");
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> cells(callLog, call.contactId()).isPresent(),
                () -> "Sam's entry: " + UiRobot.rows(callLog));
        call.hangUp();

        robot.waitUntil(() -> cells(callLog, call.contactId())
                .filter(row -> Messages.CallLog_monitored.equals(cell(row, WidgetIds.CALL_LOG_OUTCOME))
                        && CALLER.equals(cell(row, WidgetIds.CALL_LOG_NUMBER)))
                .isPresent(), () -> "the monitored call's row: " + UiRobot.rows(callLog));
    }

    // the texts of the row whose entry (its data) is the contact's
    private static Optional<List<String>> cells(Table callLog, String contactId) {
        TableItem[] items = callLog.getItems();
        return IntStream.range(0, items.length)
                .filter(i -> items[i].getData() instanceof CallLogEntry entry && contactId.equals(entry.contactId()))
                .mapToObj(i -> UiRobot.rows(callLog).get(i)).findFirst();
    }

    private static String cell(List<String> row, String columnId) {
        return row.get(IntStream.range(0, CallLogColumns.ALL.size())
                .filter(i -> CallLogColumns.ALL.get(i).id().equals(columnId)).findFirst().orElseThrow());
    }
}
