/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;

/**
 * The kit's recorder on the real event bus: payloads by name and type, waits on a payload, delivery times, and
 * forgetting.
 */
@ExtendWith(ContactCenterExtension.class)
class BusRecorderTest {

    private static final String ORDER = "kit-test::order";
    private static final String NOTE = "kit-test::note";

    @Test
    void payloadsAreFoundByNameAndTypeInDeliveryOrder(ContactCenter center) {
        EventBus bus = center.streams().eventBus();
        try (BusRecorder recorder = new BusRecorder(bus)) {
            bus.trigger(ORDER, 1);
            bus.trigger(NOTE, "first");
            bus.trigger(ORDER, "not a number");
            bus.trigger(ORDER, 2);

            assertEquals(List.of(1, 2), recorder.payloads(ORDER, Integer.class));
            assertEquals(List.of("first"), recorder.payloads(NOTE, String.class));
            assertEquals(2, recorder.await(ORDER, Integer.class, n -> n > 1, Duration.ofSeconds(1), "order 2"));

            List<BusRecorder.Recorded> recorded = recorder.recorded().stream()
                    .filter(r -> r.event().name().startsWith("kit-test::")).toList();
            assertEquals(4, recorded.size());
            for (int i = 1; i < recorded.size(); i++) {
                assertTrue(recorded.get(i).nanoTime() - recorded.get(i - 1).nanoTime() >= 0,
                        "delivery times in delivery order");
            }
        }
    }

    @Test
    void aPayloadThatNeverComesFailsNamingWhatWasAwaitedAndSeen(ContactCenter center) {
        EventBus bus = center.streams().eventBus();
        try (BusRecorder recorder = new BusRecorder(bus)) {
            bus.trigger(ORDER, 1);

            AssertionError failure = assertThrows(AssertionError.class,
                    () -> recorder.await(ORDER, Integer.class, n -> n > 5, Duration.ofMillis(200), "order 6"));
            assertTrue(failure.getMessage().contains("order 6"), failure.getMessage());
            assertTrue(failure.getMessage().contains(ORDER), failure.getMessage());
        }
    }

    @Test
    void clearForgetsWhatWasRecorded(ContactCenter center) {
        EventBus bus = center.streams().eventBus();
        try (BusRecorder recorder = new BusRecorder(bus)) {
            bus.trigger(NOTE, "before");
            recorder.clear();
            bus.trigger(NOTE, "after");

            assertEquals(List.of("after"), recorder.payloads(NOTE, String.class));
        }
    }
}
