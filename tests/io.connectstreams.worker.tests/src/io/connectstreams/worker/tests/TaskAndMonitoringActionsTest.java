/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.InvalidContactTypeException;
import io.connectstreams.api.InvalidStateException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ContactAction;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.worker.tests.ScriptedCtiServer.Answer;
import io.connectstreams.worker.tests.ScriptedCtiServer.Received;

/**
 * The task and monitoring actions of issue 13 through the real CTI wire over HTTPS: the operation and body each
 * sends, the refusals of the service as typed exceptions with a {@code streams::contact_action} event, and the
 * client-side refusal of a monitoring mode Streams refuses.
 */
class TaskAndMonitoringActionsTest {

    private CtiTlsSession session;

    @BeforeEach
    void signIn() throws Exception {
        session = new CtiTlsSession("contact-data.json");
    }

    @AfterEach
    void signOut() throws Exception {
        session.close();
    }

    @Test
    void aTaskIsPausedAndResumedWithTheOperationsOfTheModel() throws Exception {
        session.server.byDefault("PauseContact", Answer.ok("{}"));
        session.server.byDefault("ResumeContact", Answer.ok("{}"));
        Contact task = session.contact("task-1");

        CtiBackendTest.call(task.pause());
        CtiBackendTest.call(task.resume());

        assertContactRequest(single("PauseContact"), "task-1");
        assertContactRequest(single("ResumeContact"), "task-1");
        assertOutcome("pause", true, null);
        assertOutcome("resume", true, null);
    }

    @Test
    void refusedPausesAndResumesAreTyped() {
        session.server.script("PauseContact", Answer.error(400, "InvalidContactTypeException", "not a task"));
        session.server.script("ResumeContact", Answer.error(400, "InvalidStateException", "not paused"));

        CtiBackendTest.assertFailure(InvalidContactTypeException.class, session.contact("call-7").pause());
        CtiBackendTest.assertFailure(InvalidStateException.class, session.contact("task-1").resume());

        assertOutcome("pause", false, InvalidContactTypeException.TYPE);
        assertOutcome("resume", false, InvalidStateException.TYPE);
    }

    @Test
    void acceptingATaskPublishesAcceptedAndCompletingItSendsCompleteContact() throws Exception {
        session.server.byDefault("AcceptContact", Answer.ok("{}"));
        session.server.byDefault("CompleteContact", Answer.ok("{}"));
        Contact task = session.contact("task-1");

        CtiBackendTest.call(task.accept());
        BusEvent accepted = session.recorder.await(ContactEvents.scoped(ContactEvents.ACCEPTED, "task-1"),
                CtiTlsSession.WAIT);
        assertEquals("task-1", ((Contact) accepted.data()).getContactId());
        CtiBackendTest.call(task.complete());

        Received accept = single("AcceptContact");
        assertEquals("task-1", accept.body().get("contactId").getAsString());
        assertTrue(accept.body().has("authentication"), "AcceptContact carries authentication in the model");
        assertContactRequest(single("CompleteContact"), "task-1");
    }

    @Test
    void aRefusedAcceptPublishesNoAcceptedEvent() {
        session.server.script("AcceptContact", Answer.error(400, "InvalidStateException", "already missed"));
        session.server.script("CompleteContact", Answer.error(400, "InvalidStateException", "not ended"));
        Contact task = session.contact("task-1");

        CtiBackendTest.assertFailure(InvalidStateException.class, task.accept());
        CtiBackendTest.assertFailure(InvalidStateException.class, task.complete());

        assertOutcome("accept", false, InvalidStateException.TYPE);
        assertOutcome("complete", false, InvalidStateException.TYPE);
        assertFalse(session.recorder.take().stream().anyMatch(n -> n.startsWith(ContactEvents.ACCEPTED)),
                "no contact::accepted after a refused accept");
    }

    @Test
    void aSupervisorSwitchesBetweenSilentMonitoringAndBarging() throws Exception {
        session.server.byDefault("UpdateMonitorParticipantState", Answer.ok("{}"));
        Contact monitored = session.contact("monitor-1");

        CtiBackendTest.call(monitored.bargeIn());
        CtiBackendTest.call(monitored.silentMonitor());
        CtiBackendTest.call(monitored.updateMonitorParticipantState(MonitoringMode.BARGE));

        List<Received> updates = session.received("UpdateMonitorParticipantState");
        assertEquals(List.of("BARGE", "SILENT_MONITOR", "BARGE"),
                updates.stream().map(r -> r.body().get("targetMonitorMode").getAsString()).toList());
        updates.forEach(r -> assertContactRequest(r, "monitor-1"));
    }

    @Test
    void aRefusedMonitoringChangeIsTyped() {
        session.server.script("UpdateMonitorParticipantState",
                Answer.error(400, "InvalidStateException", "the call ended"));
        CtiBackendTest.assertFailure(InvalidStateException.class, session.contact("monitor-1").bargeIn());
        assertOutcome("updateMonitorParticipantState", false, InvalidStateException.TYPE);
    }

    @Test
    void aModeStreamsDoesNotKnowIsRefusedBeforeAnythingIsSent() {
        Contact monitored = session.contact("monitor-1");

        for (MonitoringMode mode : new MonitoringMode[] { MonitoringMode.UNKNOWN, null }) {
            StreamsException refused = CtiBackendTest.assertFailure(StreamsException.class,
                    monitored.updateMonitorParticipantState(mode));
            assertEquals("invalid_target_state", refused.errorType());
        }

        assertEquals(List.of(), session.received("UpdateMonitorParticipantState"));
        assertOutcome("updateMonitorParticipantState", false, "invalid_target_state");
    }

    private Received single(String operation) {
        List<Received> requests = session.received(operation);
        assertEquals(1, requests.size(), operation + " requests");
        return requests.get(0);
    }

    /** The operations without {@code authentication} in the model (marked * in the brief). */
    private static void assertContactRequest(Received request, String contactId) {
        assertEquals(contactId, request.body().get("contactId").getAsString());
        assertNull(request.body().get("authentication"), request.target() + " carries no authentication member");
    }

    private void assertOutcome(String action, boolean succeeded, String errorType) {
        BusEvent event = session.recorder.await(e -> e.name().equals(StreamsEvents.CONTACT_ACTION)
                && ((ContactAction) e.data()).action().equals(action), CtiTlsSession.WAIT,
                "streams::contact_action of " + action);
        ContactAction outcome = (ContactAction) event.data();
        assertEquals(succeeded, outcome.succeeded(), action);
        assertEquals(errorType, outcome.errorType(), action);
    }
}
