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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneErrorType;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TurnServer;
import io.connectstreams.testing.Await;
import io.connectstreams.testkit.CustomerContact;

/**
 * Each way a softphone session fails gives Streams' softphone error, ends the session and leaves no thread behind:
 * the invite answered busy, the signaling endpoint down, no ICE candidate, no microphone; a call the server does
 * not know fails without an error (Streams leaves it to the CCP).
 */
class SoftphoneFailureTest {

    private static final Duration WAIT = SoftphoneFixture.WAIT;
    /** For a sandbox that is broken from the start. */
    private static final Runnable NO_FAULT = () -> {
    };

    private SoftphoneFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        Await.until(WAIT, SoftphoneThreads::onlyThePermanentOnes, () -> "softphone threads: "
                + SoftphoneThreads.names());
    }

    @Test
    void aBusyInviteFailsWithUserBusy() throws Exception {
        SoftphoneError error = failingCall(Sandbox.builder(), () -> fixture.center.faults().failNextInvite(486),
                SoftphoneFailureReason.USER_BUSY);
        assertEquals(SoftphoneErrorType.USER_BUSY_ERROR, error.errorType());
        assertTrue(lastReport().userBusyFailure());
    }

    @Test
    void aSignalingEndpointThatIsDownFailsWithSignallingConnectionFailure() throws Exception {
        // an endpoint that refuses every upgrade (503), as a server that is down for maintenance
        SoftphoneError error = failingCall(Sandbox.builder().refuseSignaling(), NO_FAULT,
                SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE);
        assertEquals(SoftphoneErrorType.SIGNALLING_CONNECTION_FAILURE, error.errorType());
        assertTrue(error.endPointUrl().endsWith("/LilyRTC"), error.endPointUrl());
        assertTrue(lastReport().signallingConnectionFailure());
    }

    @Test
    void noIceCandidateFailsWithIceCollectionTimeout() throws Exception {
        // relay only through a TURN server that does not exist: no candidate can be gathered
        SoftphoneError error = failingCall(Sandbox.builder()
                .turnServer(new TurnServer(List.of("turn:10.77.0.1:9?transport=udp"), "nobody", "nothing"))
                .relayOnly(true), NO_FAULT, SoftphoneFailureReason.ICE_COLLECTION_TIMEOUT);
        assertEquals(SoftphoneErrorType.ICE_COLLECTION_TIMEOUT, error.errorType());
        assertTrue(error.endPointUrl().contains("turn:10.77.0.1:9"), error.endPointUrl());
        assertTrue(!error.toString().contains("nothing"), "no TURN credential in the error");
        assertTrue(lastReport().iceCollectionFailure());
    }

    @Test
    void noMicrophoneFailsWithMicrophoneNotShared() throws Exception {
        SoftphoneError error = failingCall(Sandbox.builder(), () -> fixture.probe.setMicrophoneAvailable(false),
                SoftphoneFailureReason.GUM_OTHER_FAILURE);
        assertEquals(SoftphoneErrorType.MICROPHONE_NOT_SHARED, error.errorType());
        assertTrue(fixture.events.payloads(AgentEvents.LOCAL_MEDIA_STREAM_CREATED, Object.class).isEmpty());
        assertTrue(lastReport().gumOtherFailure());
    }

    @Test
    void aCallTheServerDoesNotKnowFailsWithoutASoftphoneError() throws Exception {
        fixture = SoftphoneFixture.available(Sandbox.builder(), "jane");
        fixture.center.faults().failNextInvite(404);
        CustomerContact call = fixture.customerCalls();
        call.awaitRinging();
        SoftphoneSessionInfo ended = fixture.awaitEnded(call.contactId());
        assertEquals(SoftphoneFailureReason.CALL_NOT_FOUND, ended.failureReason());
        assertTrue(fixture.events.payloads(AgentEvents.SOFTPHONE_ERROR, SoftphoneError.class).isEmpty());
        Await.until(WAIT, () -> fixture.softphone.sessions().isEmpty(), "no session left");
    }

    /**
     * Signs jane in to that sandbox, lets {@code fault} break something, places a call and returns the one softphone
     * error.
     */
    private SoftphoneError failingCall(Sandbox.Builder sandbox, Runnable fault, SoftphoneFailureReason expected)
            throws Exception {
        fixture = SoftphoneFixture.available(sandbox, "jane");
        fault.run();
        CustomerContact call = fixture.customerCalls();
        call.awaitRinging();
        SoftphoneSessionInfo ended = fixture.awaitEnded(call.contactId());
        assertEquals(expected, ended.failureReason(), ended.toString());
        Await.until(WAIT, () -> fixture.softphone.sessions().isEmpty(), "no session left");
        List<SoftphoneError> errors = fixture.events.payloads(AgentEvents.SOFTPHONE_ERROR, SoftphoneError.class);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    private SoftphoneCallReport lastReport() {
        List<SoftphoneCallReport> reports = fixture.events.payloads(EventType.SOFTPHONE_REPORT,
                SoftphoneCallReport.class);
        assertEquals(1, reports.size());
        return reports.get(0);
    }
}
