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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.calllog.internal.CallLogFile;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;

/**
 * The DS service: records what crosses the bus into the bundle's data area, stops recording when the bundle stops,
 * and a new instance reads the file back.
 */
class CallLogComponentTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BUNDLE = "io.connectstreams.calllog";

    private final EventBus bus = Bundles.service(EventBus.class, WAIT);
    private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.MINUTES);

    @Test
    void theServiceRecordsIntoTheDataAreaAndANewInstanceReadsItBack() throws Exception {
        CallLog callLog = Bundles.service(CallLog.class, WAIT);
        String recordedId = "component-" + UUID.randomUUID();
        playAnsweredCall(recordedId);
        CallLogEntry recorded = callLog.find(recordedId).orElseThrow();
        assertEquals(CallOutcome.ANSWERED, recorded.outcome());

        Bundle bundle = Bundles.resolved(BUNDLE);
        Path file = bundle.getDataFile("calllog").toPath().resolve(CallLogFile.FILE_NAME);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(recordedId), "persisted in " + file);

        String unseenId = "component-stopped-" + UUID.randomUUID();
        bundle.stop();
        try {
            playAnsweredCall(unseenId);
        } finally {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
        CallLog restarted = Bundles.service(CallLog.class, WAIT);
        assertEquals(recorded, restarted.find(recordedId).orElseThrow(), "read back by the new instance");
        assertTrue(restarted.find(unseenId).isEmpty(), "a stopped call log records nothing");
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(unseenId));
    }

    private void playAnsweredCall(String contactId) {
        try (SnapshotPlayer player = new SnapshotPlayer(bus)) {
            Call call = Call.inbound(contactId, base);
            play(player, 1, call);
            call.connect(base.plusSeconds(4));
            play(player, 5, call);
            call.hangUp(base.plusSeconds(10));
            play(player, 11, call);
            play(player, 20);
        }
    }

    private void play(SnapshotPlayer player, long second, Call... calls) {
        Instant at = base.plusSeconds(second);
        player.play(new AgentSnapshot(AgentSnapshots.AVAILABLE, null, null, at, at,
                List.of(calls).stream().map(Call::snapshot).toList(), AgentSnapshots.configuration()));
    }
}
