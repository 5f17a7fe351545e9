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
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.view.CallLogColumns;

/**
 * The call-log table's rows of contacts that are not calls the agent took, against the sandbox: a task shows "Task"
 * and its name, without a number; the call a supervisor monitored shows "Monitored", not "Answered".
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
        String taskId = fixture.sandbox.control().placeTask(TASK, null, Map.of(), null, "jane");

        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> cells(callLog, taskId)
                .filter(row -> "Task".equals(cell(row, WidgetIds.CALL_LOG_DIRECTION))
                        && TASK.equals(cell(row, WidgetIds.CALL_LOG_NAME))
                        && cell(row, WidgetIds.CALL_LOG_NUMBER).isEmpty())
                .isPresent(), () -> "the task's row, Task and its name without a number: " + UiRobot.rows(callLog));
    }

    @Test
    void theCallASupervisorMonitoredSaysMonitored() {
        SandboxControl control = fixture.sandbox.control();
        // the monitored agent answers by itself on a desk phone: the view's runtime is Sam's
        control.addAgent(AgentSpec.of("desk", "desk-sandbox", "Desk Agent").withSoftphone(false, "+12065550199")
                .withAutoAccept(true).withInitialState("Available"));
        fixture.signIn(robot, "sam", false);
        String contactId = control.placeCall(CALLER, null, "desk");
        robot.waitUntil(() -> {
            try {
                control.monitor(contactId, "sam");
                return true;
            } catch (RuntimeException notConnectedYet) {
                return false;
            }
        }, "the desk agent to take the call, and Sam to monitor it");
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> cells(callLog, contactId).isPresent(), () -> "Sam's entry: " + UiRobot.rows(callLog));
        control.hangUp(contactId);

        robot.waitUntil(() -> cells(callLog, contactId)
                .filter(row -> "Monitored".equals(cell(row, WidgetIds.CALL_LOG_OUTCOME))
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
