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

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.AgentStateTexts;

/**
 * The state bar's words for the system's busy states follow the channel: an agent working only on tasks reads
 * "Working on a task", not "On a call"; a call among the contacts makes it a call again.
 */
class AgentStateTextsTest {

    private static final AgentState PENDING_BUSY = new AgentState(null, AgentStateType.SYSTEM, "PendingBusy",
            Instant.EPOCH);

    private static final ContactSnapshot TASK = AgentSnapshots.contact("task-1", ContactType.TASK,
            ContactStateType.CONNECTED);
    private static final ContactSnapshot CALL = AgentSnapshots.voice("call-1", ContactStateType.CONNECTED);
    private static final ContactSnapshot CALLBACK = AgentSnapshots.contact("callback-1", ContactType.QUEUE_CALLBACK,
            ContactStateType.CONNECTED);

    @Test
    void busyOnlyWithTasksIsWorkingOnATask() {
        assertEquals(Messages.AgentState_BusyTask, AgentStateTexts.label(AgentSnapshots.BUSY, List.of(TASK)));
        assertEquals(Messages.AgentState_PendingBusyTask, AgentStateTexts.label(PENDING_BUSY, List.of(TASK)));
    }

    @Test
    void aCallOrCallbackAmongTheContactsIsACall() {
        assertEquals(Messages.AgentState_Busy, AgentStateTexts.label(AgentSnapshots.BUSY, List.of(CALL)));
        assertEquals(Messages.AgentState_Busy, AgentStateTexts.label(AgentSnapshots.BUSY, List.of(TASK, CALL)));
        assertEquals(Messages.AgentState_Busy, AgentStateTexts.label(AgentSnapshots.BUSY, List.of(CALLBACK)));
        assertEquals(Messages.AgentState_PendingBusy, AgentStateTexts.label(PENDING_BUSY, List.of(CALL, TASK)));
    }

    @Test
    void otherStatesDoNotDependOnTheChannel() {
        assertEquals(Messages.AgentState_AfterCallWork, AgentStateTexts.label(AgentSnapshots.ACW, List.of(TASK)));
        assertEquals("Available", AgentStateTexts.label(AgentSnapshots.AVAILABLE, List.of(TASK)));
        assertEquals(Messages.AgentState_Busy, AgentStateTexts.label(AgentSnapshots.BUSY, List.of()));
    }
}
