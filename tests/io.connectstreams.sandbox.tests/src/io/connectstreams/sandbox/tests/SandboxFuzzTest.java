/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;

/**
 * A bounded, seeded fuzz run over every endpoint (see {@link SandboxFuzzer}): no 5xx, no class name or exception
 * text in any answer, no hang, and the sandbox answers snapshots correctly afterwards. The seed is printed, so a
 * failure can be replayed with {@code -Dcs.fuzz.seed=<seed>}; the longer run is {@link SandboxFuzzBenchmark}.
 */
class SandboxFuzzTest {

    private static final int CASES = 3000;
    private static final Duration BUDGET = Duration.ofSeconds(40);

    @Test
    void everyEndpointSurvivesMalformedInput() throws Exception {
        long seed = Long.getLong("cs.fuzz.seed", 20261206L);
        try (Sandbox sandbox = Sandbox.builder().controlKey(SandboxFuzzer.CONTROL_KEY).start()) {
            long start = System.nanoTime();
            SandboxFuzzer.Figures figures = new SandboxFuzzer(sandbox, seed).run(CASES, BUDGET);
            System.out.printf("fuzz seed %d: %s in %d ms%n", seed, figures,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertTrue(figures.cases >= 500, "too few cases ran within the budget: " + figures);
            assertEquals(0, figures.serverErrors, figures::toString);
            assertEquals(0, figures.leaks, figures::toString);
            assertEquals(0, figures.hangs, figures::toString);
            assertTrue(SandboxFuzzer.answersSnapshots(sandbox), "no correct snapshot after the fuzz run");
        }
    }
}
