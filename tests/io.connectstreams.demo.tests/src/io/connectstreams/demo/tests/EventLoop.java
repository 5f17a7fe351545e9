/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * The demo's UI tests run on the display thread: they wait by running its event loop, never by sleeping.
 */
final class EventLoop {

    private final Display display;
    private final Duration wait;

    /**
     * @param display the display whose thread the test runs on
     * @param wait how long a condition may take
     */
    EventLoop(Display display, Duration wait) {
        this.display = display;
        this.wait = wait;
    }

    void waitUntil(BooleanSupplier condition, String description) {
        waitUntil(condition, () -> description);
    }

    /** Runs the event loop until the condition holds; never sleeps past a 10 ms wake-up. */
    void waitUntil(BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out after " + wait.toSeconds() + " s waiting for " + description.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes the loop to check the condition again
                });
                display.sleep();
            }
        }
    }

    /** Runs every pending event. */
    void flush() {
        while (display.readAndDispatch()) {
            // run every pending event
        }
    }
}
