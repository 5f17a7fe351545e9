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

import static io.connectstreams.ringtone.tests.RecordedTelemetry.CONNECTING;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.FAILURE;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.START;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.STOP;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.UNAVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.config.RingtoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ringtone.internal.RingtoneSettings;
import io.connectstreams.ringtone.tests.RecordedTelemetry.Entry;

/**
 * Ringtones that cannot play: a custom file that is missing or no audio (tried three times, then reported), and no
 * output device (reported at once). Nothing is thrown into the bus and the service keeps working.
 */
class RingtoneFailuresTest {

    /**
     * An output format no device here plays (ALSA's null device takes nearly anything, but not 64-bit floats).
     * With it, the one real device of this runtime refuses the line, and Java Sound finds no ringer device at all,
     * as on a machine without sound ({@code IllegalArgumentException: No line matching ...}).
     */
    private static final AudioFormat NO_DEVICE_PLAYS = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 48000f, 64,
            1, 8, 48000f, false);

    private final List<RingtoneRig> rigs = new ArrayList<>();

    @BeforeAll
    static void onlyOurService() {
        RingtoneRig.disableComponent();
    }

    @AfterAll
    static void componentBack() {
        RingtoneRig.enableComponent();
    }

    @AfterEach
    void close() {
        rigs.forEach(RingtoneRig::close);
    }

    @Test
    void aMissingRingtoneFileIsTriedThreeTimesThenReported(@TempDir Path directory) {
        Path missing = directory.resolve("missing.wav");
        Entry unavailable = assertFailsThreeTimes(missing.toUri());
        assertTrue(unavailable.data().get("reason").toString().contains(missing.toString() + " cannot be read"),
                unavailable::toString);
    }

    @Test
    void aFileThatIsNoAudioIsTriedThreeTimesThenReported(@TempDir Path directory) throws IOException {
        Path text = Files.writeString(directory.resolve("ring.wav"), "this is not a WAV file");
        Entry unavailable = assertFailsThreeTimes(text.toUri());
        assertTrue(unavailable.data().get("reason").toString().contains("is not an audio file"),
                unavailable::toString);
    }

    @Test
    void withoutAnOutputDeviceTheRingtoneIsReportedUnavailableAtOnce() {
        // the device exists, yet refuses this format: Java Sound's own "no device" answer
        assertTrue(AudioSystem.getMixerInfo().length > 0, "this runtime has its ALSA device");
        assertThrows(IllegalArgumentException.class, () -> openLine(NO_DEVICE_PLAYS));
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT.withLineFormats(List.of(NO_DEVICE_PLAYS)));
        assertFalse(rig.ringtones.isAvailable());
        assertEquals(List.of(), rig.ringtones.ringerDevices());
        assertEquals(Optional.empty(), rig.ringtones.selectedRingerDevice());
        assertThrows(IllegalArgumentException.class, () -> rig.ringtones.selectRingerDevice(
                AudioSystem.getMixerInfo()[0].getName() + "#0"));
        String id = RingtoneRig.contactId("no-device");

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));

        Entry stop = rig.telemetry.await(STOP, id);
        assertEquals("unavailable", stop.data().get("reason"));
        rig.telemetry.assertNames(id, CONNECTING, FAILURE, UNAVAILABLE, STOP);
        Entry failure = rig.telemetry.await(FAILURE, id);
        assertEquals(0, failure.data().get("retriesRemaining"));
        assertEquals("no audio output device can play the ringtone", failure.data().get("reason"));
        assertEquals("no audio output device can play the ringtone",
                rig.telemetry.await(UNAVAILABLE, id).data().get("reason"));
        assertEquals(List.of(), rig.handlerFailures(), "nothing was thrown into the bus");

        // still listening: the next call is reported too
        String next = RingtoneRig.contactId("no-device-again");
        rig.player.play(agent(AVAILABLE, voice(next, ContactStateType.CONNECTING)));
        rig.telemetry.await(UNAVAILABLE, next);
    }

    private Entry assertFailsThreeTimes(URI ringtone) {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        rig.bus.trigger(EventType.CONFIGURE, StreamsConfiguration.builder("http://127.0.0.1:8443/")
                .ringtone(ContactType.VOICE, new RingtoneOptions(false, ringtone)).build());
        String id = RingtoneRig.contactId("bad-file");

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));

        Entry stop = rig.telemetry.await(STOP, id);
        assertEquals("playback_failure", stop.data().get("reason"));
        assertEquals(false, stop.data().get("played"));
        rig.telemetry.assertNames(id, CONNECTING, FAILURE, FAILURE, FAILURE, UNAVAILABLE, STOP);
        List<Object> remaining = rig.telemetry.all().stream()
                .filter(e -> e.contactId().equals(id) && e.name().equals(FAILURE))
                .map(e -> e.data().get("retriesRemaining")).toList();
        assertEquals(List.of(2, 1, 0), remaining);
        assertFalse(rig.telemetry.names(id).contains(START));
        assertEquals(List.of(), rig.handlerFailures(), "nothing was thrown into the bus");
        rig.awaitSilence();
        return rig.telemetry.await(UNAVAILABLE, id);
    }

    private RingtoneRig rig(RingtoneSettings settings) {
        RingtoneRig rig = RingtoneRig.start(settings);
        rigs.add(rig);
        return rig;
    }

    private static void openLine(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = (SourceDataLine) AudioSystem.getLine(new DataLine.Info(SourceDataLine.class, format));
        line.close();
    }
}
