/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;

/**
 * An {@code onChange} listener that throws is reported on the bus as an {@code addListener} listener is: both kinds
 * of listener are one registry and fail the same way.
 */
class OnChangeFailureTest {

    @TempDir
    Path directory;

    @Test
    void aThrowingOnChangeListenerIsReportedOnTheBus() {
        try (Recording log = new Recording(directory, "onchange-reported");
                BusRecorder events = new BusRecorder(Bundles.service(EventBus.class, Recording.WAIT))) {
            AtomicInteger thrown = new AtomicInteger();
            log.store().onChange(entry -> {
                thrown.incrementAndGet();
                throw new IllegalStateException("a view bug");
            });

            log.answeredCall("reported-1", 0);
            List<HandlerFailure> reported = events.payloads(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class);
            assertTrue(thrown.get() > 0);
            assertEquals(thrown.get(), reported.size(), () -> "each failure reported, on the recording thread: "
                    + reported);
            assertTrue(reported.stream().allMatch(f -> f.eventName().equals("calllog::change")
                    && f.exceptionType().equals(IllegalStateException.class.getName())
                    && f.message().equals("a view bug")), reported::toString);
        }
    }
}
