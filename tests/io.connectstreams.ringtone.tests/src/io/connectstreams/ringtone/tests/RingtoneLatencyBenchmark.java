/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.tests;

import static io.connectstreams.ringtone.tests.RecordedTelemetry.START;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.STOP;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.voice;

import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.ringtone.internal.RingtoneSettings;
import io.connectstreams.testing.Benchmark;

/**
 * How fast a ringtone sounds and stops, on the real bus, the worker's real derivation and the runtime's ALSA
 * device: from the offer (the snapshot with the contact in {@code connecting} played) to the first sample written
 * to the line ({@code Ringtone Start} is published right after that write), and from {@code contact::accepted} to
 * the line drained and closed ({@code Ringtone Stop}). Each offer is accepted and removed before the next.
 */
@Tag(Benchmark.TAG)
class RingtoneLatencyBenchmark {

    private static final int WARMUPS = 20;
    private static final int OFFERS = 150;

    @BeforeAll
    static void onlyOurService() {
        RingtoneRig.disableComponent();
    }

    @AfterAll
    static void componentBack() {
        RingtoneRig.enableComponent();
    }

    @Test
    void offerToFirstSampleAndAcceptToSilence() {
        long[] toFirstSample = new long[OFFERS];
        long[] toStop = new long[OFFERS];
        try (RingtoneRig rig = RingtoneRig.start(RingtoneSettings.DEFAULT)) {
            for (int i = -WARMUPS; i < OFFERS; i++) {
                String id = RingtoneRig.contactId("bench");
                long offered = System.nanoTime();
                rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
                long started = rig.telemetry.await(START, id).nanos();
                long accepted = System.nanoTime();
                rig.accept(id);
                long stopped = rig.telemetry.await(STOP, id).nanos();
                rig.player.play(agent(AVAILABLE));
                // what an offer recorded is read; a recorder that only grows would make each wait copy more
                rig.events.clear();
                if (i >= 0) {
                    toFirstSample[i] = started - offered;
                    toStop[i] = stopped - accepted;
                }
            }
        }
        Benchmark benchmark = new Benchmark();
        benchmark.latency("ringtone.offer_to_first_sample", toFirstSample);
        benchmark.latency("ringtone.accept_to_stop", toStop);
        benchmark.record("ringtone.offers_measured", OFFERS, Benchmark.Merge.MEDIAN);
        System.out.println("slowest offers (ms): " + Arrays.toString(Arrays.stream(toFirstSample).sorted()
                .skip(OFFERS - 5L).mapToDouble(n -> n / 1e6).toArray()));
        benchmark.publish();
    }
}
