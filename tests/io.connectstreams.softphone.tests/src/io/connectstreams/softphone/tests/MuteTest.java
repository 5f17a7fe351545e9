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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testing.Await;

/**
 * The softphone owns the local mute: {@code mute} requests change it only while a call has media and silence the
 * microphone's frames, every request (and a query) is answered with {@code agent::mute_toggle} before
 * {@code trigger} returns, the state survives a device switch and the next contact on the kept peer connection, and
 * resets with the event when the media ends.
 */
class MuteTest {

    @Test
    void muteIsAnsweredAtOnceKeptAcrossADeviceSwitchAndResetAtTheEnd() throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            List<Boolean> toggles = new CopyOnWriteArrayList<>(); // also filled on the softphone's session thread
            try (Subscription subscription = calls.bus.subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class,
                    toggle -> toggles.add(toggle.muted()))) {
                calls.bus.trigger(EventType.MUTE, new MuteRequest(true));
                assertEquals(List.of(false), toggles, "no call: nothing to mute, the state is answered");
                assertFalse(calls.softphone.isMuted());

                calls.probe.playTone(SoftphoneFixture.AGENT_HZ,
                        SoftphoneFixture.AGENT_AMPLITUDE);
                Call call = calls.offer();
                calls.awaitState(call, SoftphoneSessionState.TALKING);
                Audio.callerHearsAgent(calls.sandbox.control(), call.contactId());
                long beforeMute = System.nanoTime();
                calls.bus.trigger(EventType.MUTE, new MuteRequest(true));
                assertEquals(List.of(false, true), toggles, "published before trigger returned");
                calls.bus.trigger(EventType.MUTE, MuteRequest.QUERY);
                assertEquals(List.of(false, true, true), toggles);
                Audio.callerHearsSilence(calls.sandbox.control(), call.contactId());
                assertTrue(calls.probe.lastMuteAppliedNanos() > beforeMute,
                        "the microphone handed WebRTC a muted frame");

                AudioDevice microphone = calls.softphone.microphones().get(0);
                calls.softphone.selectMicrophone(microphone.id());
                assertTrue(calls.softphone.isMuted(), "a device switch keeps mute");
                Audio.callerHearsSilence(calls.sandbox.control(), call.contactId());

                calls.callerHangsUp(call);
                Await.until(PlayedCalls.WAIT, () -> toggles.size() == 4, "the reset");
                assertEquals(List.of(false, true, true, false), toggles);
                assertFalse(calls.softphone.isMuted());

                Call next = calls.offer();
                calls.awaitState(next, SoftphoneSessionState.TALKING);
                calls.bus.trigger(EventType.MUTE, new MuteRequest(true));
                calls.destroy(next);
                Call third = calls.offer(); // on the kept peer connection: connectContact starts unmuted
                calls.awaitState(third, SoftphoneSessionState.TALKING);
                assertFalse(calls.softphone.isMuted());
                Audio.callerHearsAgent(calls.sandbox.control(), third.contactId());
                calls.callerHangsUp(third);
            } finally {
                calls.probe.silence();
            }
        }
    }
}
