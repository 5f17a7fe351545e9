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

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.tests.PlayedCalls.Call;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * Stopping the softphone bundle hangs up the talking call (the server hears {@code bye}), closes the kept peer
 * connection and the factory, and stops every thread the softphone started; started again, it takes calls.
 */
class LifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void stoppingTheBundleHangsUpAndLeavesNoThreadThenItStartsAgain() throws Exception {
        Bundle bundle = Bundles.resolved("io.connectstreams.softphone");
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            Call first = calls.offer();
            calls.awaitState(first, SoftphoneSessionState.TALKING);
            calls.callerHangsUp(first);
            Call talking = calls.offer();
            calls.awaitState(talking, SoftphoneSessionState.TALKING);

            bundle.stop();
            assertEquals("[]", SoftphoneThreads.names().toString(), "no softphone thread after stop");
            Await.until(WAIT, () -> calls.sandbox.control().records().stream().anyMatch(r -> isEnd(r, talking)),
                    "the server to hear the hang-up");
            RecordedAction end = calls.sandbox.control().records().stream().filter(r -> isEnd(r, talking))
                    .findFirst().orElseThrow();
            assertTrue(end.detailJson().contains("agent hung up"), end.detailJson());

            bundle.start(Bundle.START_ACTIVATION_POLICY);
            Softphone restarted = Bundles.service(Softphone.class, WAIT);
            assertTrue(restarted.sessions().isEmpty());
        }
        try (PlayedCalls again = new PlayedCalls(Sandbox.builder())) {
            Call call = again.offer();
            again.awaitState(call, SoftphoneSessionState.TALKING);
            Audio.agentHearsCaller(again.probe, call.contactId());
            again.callerHangsUp(call);
        }
    }

    private static boolean isEnd(RecordedAction action, Call call) {
        return action.action().equals("mediaEnded") && call.contactId().equals(action.contactId());
    }
}
