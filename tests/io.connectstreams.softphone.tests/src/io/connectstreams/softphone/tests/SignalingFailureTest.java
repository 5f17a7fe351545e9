/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneErrorType;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.internal.session.SignalingFailure;
import io.connectstreams.softphone.internal.session.SignalingFailure.ReportFlag;
import io.connectstreams.softphone.internal.signaling.SignalingError;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testkit.BusRecorder;

/**
 * One mapping from a failed signaling step to connect-rtc's failure reason, the call report's flag and whether the
 * peer connection may carry another call, the same for an invite on a call's own peer connection and for a
 * {@code connectContact} on the kept (persistent) one.
 */
class SignalingFailureTest {

    @Test
    void theMappingIsConnectRtcs() {
        assertEquals(new SignalingFailure(SoftphoneFailureReason.USER_BUSY, ReportFlag.USER_BUSY, false),
                SignalingFailure.of(error(SignalingError.Kind.ERROR_RESPONSE, 486)));
        assertEquals(new SignalingFailure(SoftphoneFailureReason.CALL_NOT_FOUND, ReportFlag.HANDSHAKING, false),
                SignalingFailure.of(error(SignalingError.Kind.ERROR_RESPONSE, 404)));
        assertEquals(new SignalingFailure(SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE, ReportFlag.HANDSHAKING,
                true), SignalingFailure.of(error(SignalingError.Kind.ERROR_RESPONSE, 403)));
        for (Throwable handshake : new Throwable[] { error(SignalingError.Kind.ERROR_RESPONSE, 500),
                error(SignalingError.Kind.TIMEOUT, 0), error(SignalingError.Kind.CLOSED, 0),
                new CompletionException(error(SignalingError.Kind.CLOSED, 0)), new IllegalStateException("other") }) {
            assertEquals(new SignalingFailure(SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE,
                    ReportFlag.HANDSHAKING, false), SignalingFailure.of(handshake), handshake.toString());
        }
        for (SignalingError.Kind unopened : new SignalingError.Kind[] { SignalingError.Kind.UNREACHABLE,
                SignalingError.Kind.REFUSED_ENDPOINT }) {
            assertEquals(new SignalingFailure(SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE,
                    ReportFlag.SIGNALLING_CONNECTION, false), SignalingFailure.of(error(unopened, 0)));
        }
    }

    @ParameterizedTest(name = "on the kept peer connection: {0}")
    @ValueSource(booleans = { false, true })
    void aRefusedContactIsAHandshakeFailureAndItsPeerConnectionIsNotReused(boolean persistent) throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder().persistentPeerConnections(persistent));
                BusRecorder events = new BusRecorder(calls.bus)) {
            talkAndHangUp(calls);
            assertEquals(persistent, calls.probe.hasPersistentConnection());
            int opened = calls.probe.peerConnectionsOpened();
            events.clear();
            calls.sandbox.control().failNextInvite(403);
            Call refused = calls.offer();
            SoftphoneSessionInfo failed = calls.awaitState(refused, SoftphoneSessionState.FAILED);
            assertEquals(SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE, failed.failureReason());
            assertEquals(persistent, calls.reached(refused, SoftphoneSessionState.CONNECT_CONTACT),
                    calls.states(refused).toString());
            assertFailure(events, failed, SoftphoneErrorType.SIGNALLING_HANDSHAKE_FAILURE, false);
            calls.destroy(refused);
            assertFalse(calls.probe.hasPersistentConnection(), "the refused connection is not kept");
            // the next call needs a new peer connection either way: the refused one is not reused
            Call next = talkAndHangUp(calls);
            assertTrue(calls.reached(next, SoftphoneSessionState.INVITE_ANSWER), calls.states(next).toString());
            assertEquals(opened + (persistent ? 1 : 2), calls.probe.peerConnectionsOpened());
        }
    }

    @ParameterizedTest(name = "on the kept peer connection: {0}")
    @ValueSource(booleans = { false, true })
    void aBusyContactIsUserBusyAndThePeerConnectionCarriesTheNextCall(boolean persistent) throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder().persistentPeerConnections(persistent));
                BusRecorder events = new BusRecorder(calls.bus)) {
            talkAndHangUp(calls);
            int opened = calls.probe.peerConnectionsOpened();
            events.clear();
            calls.sandbox.control().failNextInvite(486);
            Call busy = calls.offer();
            SoftphoneSessionInfo failed = calls.awaitState(busy, SoftphoneSessionState.FAILED);
            assertEquals(SoftphoneFailureReason.USER_BUSY, failed.failureReason());
            assertFailure(events, failed, SoftphoneErrorType.USER_BUSY_ERROR, true);
            calls.destroy(busy);
            assertEquals(persistent, calls.probe.hasPersistentConnection(), "a busy contact keeps it");
            Call next = talkAndHangUp(calls);
            assertEquals(persistent, calls.reached(next, SoftphoneSessionState.CONNECT_CONTACT));
            assertEquals(persistent ? opened : opened + 1, calls.probe.peerConnectionsOpened(),
                    "the busy call's peer connection carries the next call");
        }
    }

    private static Call talkAndHangUp(PlayedCalls calls) {
        Call call = calls.offer();
        calls.awaitState(call, SoftphoneSessionState.TALKING);
        calls.callerHangsUp(call);
        return call;
    }

    private static void assertFailure(BusRecorder events, SoftphoneSessionInfo failed, SoftphoneErrorType type,
            boolean userBusy) {
        SoftphoneCallReport report = events.await(EventType.SOFTPHONE_REPORT, SoftphoneCallReport.class,
                r -> r.callStartTime().equals(failed.startedAt()), PlayedCalls.WAIT, "the failed call's report");
        assertTrue(report.handshakingFailure(), report.toString());
        assertEquals(userBusy, report.userBusyFailure());
        assertFalse(report.signallingConnectionFailure());
        assertEquals(type, events.payloads(AgentEvents.SOFTPHONE_ERROR, SoftphoneError.class).get(0).errorType());
    }

    private static SignalingError error(SignalingError.Kind kind, int code) {
        return new SignalingError(kind, code, kind + " " + code);
    }
}
