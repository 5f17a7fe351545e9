/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.signaling.MediaCall.InviteFault;
import io.connectstreams.testing.Await;

/**
 * Invites that fail: injected faults, unknown calls, wrong tokens, malformed upgrades, a second socket, a bad
 * offer. None of them needs a media path; those that would create a caller peer release it.
 */
class SignalingFaultsTest {

    /** connect-rtc's MAX_INVITE_DELAY_MS: how long the softphone waits for an answer. */
    private static final Duration CONNECT_RTC_ANSWER_WAIT = Duration.ofSeconds(5);
    private static final AgentPeer.Offer FAKE_OFFER = new AgentPeer.Offer("v=0\r\n", List.of());

    private SignalingFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SignalingFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(ints = { 486, 404, 403, 500 })
    void injectedFaultAnswersTheInviteWithItsError(int code) throws Exception {
        TestCall call = fixture.calls.add("contact-" + code, "token-" + code)
                .fault(new InviteFault(code, "injected " + code));
        try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
            String inviteId = client.invite(FAKE_OFFER, call.token());
            JsonObject error = client.awaitResponse(inviteId, CONNECT_RTC_ANSWER_WAIT).getAsJsonObject("error");
            assertEquals(code, error.get("code").getAsInt());
            assertEquals("injected " + code, error.get("message").getAsString());
            assertFalse(client.isClosed(), "the softphone closes the socket, not the endpoint");
        }
        Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.activeCalls().isEmpty(),
                "the session to end after the softphone left");
        assertEquals(0, call.started());
        assertEquals(List.of(), call.ended(), "mediaEnded only follows mediaStarted");
        assertEquals(0, fixture.service.callerPeers());
    }

    @Test
    void noAnswerFaultLeavesTheInviteUnanswered() throws Exception {
        TestCall call = fixture.calls.add("contact-silent", "token").fault(InviteFault.NO_ANSWER);
        try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
            String inviteId = client.invite(FAKE_OFFER, call.token());
            AssertionError timeout = assertThrows(AssertionError.class,
                    () -> client.awaitResponse(inviteId, CONNECT_RTC_ANSWER_WAIT));
            assertTrue(timeout.getMessage().contains("timed out"), timeout.getMessage());
            assertEquals(List.of(), client.received());
        }
    }

    @Test
    void unknownCallIsNotFound() throws Exception {
        fixture.calls.add("contact-known", "token");
        try (RtcClient client = fixture.connect("contact-unknown", "token")) {
            assertCallNotFound(client);
        }
    }

    @Test
    void wrongTokenIsNotFound() throws Exception {
        TestCall call = fixture.calls.add("contact-guarded", "right-token");
        try (RtcClient client = fixture.connect(call.contactId(), "wrong-token")) {
            assertCallNotFound(client);
        }
        assertTrue(fixture.service.activeCalls().isEmpty(), "no session for a refused socket");
        assertEquals(0, call.started());
    }

    @Test
    void secondSocketForALiveCallConflicts() throws Exception {
        TestCall call = fixture.calls.add("contact-twice", "token").fault(InviteFault.NO_ANSWER);
        try (RtcClient first = fixture.connect(call.contactId(), call.token());
                RtcClient second = fixture.connect(call.contactId(), call.token())) {
            String inviteId = second.invite(FAKE_OFFER, call.token());
            assertEquals(409, second.awaitResponse(inviteId, CONNECT_RTC_ANSWER_WAIT).getAsJsonObject("error")
                    .get("code").getAsInt());
            assertFalse(first.isClosed());
        }
    }

    @Test
    void upgradeWithoutCallIdIsRejected() {
        assertHandshakeStatus(400, "contactCtx=token");
        assertHandshakeStatus(400, "callId=contact&contactCtx=token&clientToken=both");
    }

    @Test
    void reconnectWithUnknownClientTokenIsRejected() {
        fixture.calls.add("contact-reconnect", "token");
        assertHandshakeStatus(404, "callId=contact-reconnect&clientToken=never-issued");
    }

    @Test
    void offerWebRtcRejectsIsABadRequest() throws Exception {
        TestCall call = fixture.calls.add("contact-bad-offer", "token");
        try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
            String inviteId = client.invite(new AgentPeer.Offer("this is not an SDP", List.of()), call.token());
            JsonObject error = client.awaitResponse(inviteId, CONNECT_RTC_ANSWER_WAIT).getAsJsonObject("error");
            assertEquals(400, error.get("code").getAsInt());
            Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.callerPeers() == 0,
                    "the caller peer released");
        }
    }

    private static void assertCallNotFound(RtcClient client) {
        String inviteId = client.invite(FAKE_OFFER, "token");
        JsonObject error = client.awaitResponse(inviteId, CONNECT_RTC_ANSWER_WAIT).getAsJsonObject("error");
        assertEquals(404, error.get("code").getAsInt());
        assertEquals("Call Not Found", error.get("message").getAsString());
        assertEquals(1000, client.awaitClosed(SignalingFixture.BYE_WAIT));
    }

    private void assertHandshakeStatus(int status, String query) {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> RtcClient.connect(fixture.http(), fixture.uri(query)));
        assertEquals(status, RtcClient.refusedStatus(failure));
    }
}
