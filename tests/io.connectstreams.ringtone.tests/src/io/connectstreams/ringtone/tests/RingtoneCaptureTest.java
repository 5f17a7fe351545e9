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
import static io.connectstreams.testing.AgentSnapshots.contact;
import static io.connectstreams.testing.AgentSnapshots.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

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
import io.connectstreams.testing.Await;

/**
 * What the ringtone really sounds like: played through Java Sound on the ALSA device of this test runtime, whose
 * {@code file} plugin writes every sample played to {@link #CAPTURE} ({@code alsa-home/.asoundrc}, HOME set by the
 * build). The captured PCM is measured: length, level, pitch (DFT and zero crossings), cadence, and that it ends
 * when the call is accepted. Without the device (another HOME) nothing is captured and these tests fail.
 */
class RingtoneCaptureTest {

    /** Where ALSA writes; the same expression as in {@code alsa-home/.asoundrc}. */
    static final Path CAPTURE = Path.of(System.getenv("HOME"), "..", "target", "ringtone-capture.wav").normalize();

    private static final double FULL_SCALE = Short.MAX_VALUE;

    private RingtoneRig rig;

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
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void theVoiceRingtoneIsTheTwoToneTrillAndEndsWhenTheCallIsAccepted() throws IOException {
        rig = RingtoneRig.start(RingtoneSettings.DEFAULT);
        rig.ringtones.setVolume(1f);
        String id = RingtoneRig.contactId("captured");

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        Entry start = rig.telemetry.await(START, id);
        awaitCaptured(1.2);
        rig.accept(id);
        Entry stop = rig.telemetry.await(STOP, id);

        Wav wav = Wav.read(CAPTURE);
        assertTrue(wav.closed(), "the device was closed when the ringtone stopped (ALSA completed the header)");
        double rang = (stop.nanos() - start.nanos()) / 1e9;
        assertTrue(wav.seconds() >= 1.2 && wav.seconds() <= rang + 0.25,
                () -> "captured " + wav.seconds() + " s for a ringtone that rang " + rang + " s");
        // level: -6 dBFS peaks while the trill sounds, silence in the 0.2 s gap between the two bursts
        assertEquals(0.5 * FULL_SCALE, wav.peak(0, 0.4), 0.01 * FULL_SCALE);
        assertTrue(wav.rms(0.41, 0.59) < 1, () -> "silent gap, rms " + wav.rms(0.41, 0.59));
        assertEquals(0.5 * FULL_SCALE, wav.peak(0.6, 1.0), 0.01 * FULL_SCALE);
        assertTrue(wav.rms(1.01, 1.19) < 1, "the long pause begins after the second burst");
        // pitch: 660 Hz then 880 Hz, 100 ms each
        for (int note = 0; note < 4; note++) {
            double from = note * 0.1 + 0.01;
            double to = from + 0.08;
            double expected = note % 2 == 0 ? 660 : 880;
            double other = note % 2 == 0 ? 880 : 660;
            assertTrue(wav.amplitude(expected, from, to) > 0.4 * FULL_SCALE, "note " + note + " is " + expected);
            assertTrue(wav.amplitude(other, from, to) < 0.02 * FULL_SCALE, "note " + note + " is not " + other);
            assertEquals(expected, wav.zeroCrossingPitch(from, to), 15);
        }
    }

    @Test
    void theCallbackRingtoneIsTheRisingChimeAtTheChosenVolume() throws IOException {
        rig = RingtoneRig.start(RingtoneSettings.DEFAULT);
        rig.ringtones.setVolume(0.5f);
        String id = RingtoneRig.contactId("chime");

        rig.player.play(agent(AVAILABLE, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, id);
        awaitCaptured(0.7);
        rig.player.play(agent(AVAILABLE, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.PENDING)));
        rig.telemetry.await(STOP, id);
        rig.ringtones.setVolume(1f);

        Wav wav = Wav.read(CAPTURE);
        assertEquals(0.25 * FULL_SCALE, wav.peak(0, 0.6), 0.01 * FULL_SCALE, "-6 dBFS at half volume");
        assertEquals(523, wav.zeroCrossingPitch(0.01, 0.14), 15);
        assertEquals(659, wav.zeroCrossingPitch(0.16, 0.29), 15);
        assertEquals(784, wav.zeroCrossingPitch(0.31, 0.59), 15);
        assertTrue(wav.amplitude(784, 0.31, 0.59) > 0.2 * FULL_SCALE);
        assertTrue(wav.amplitude(523, 0.31, 0.59) < 0.01 * FULL_SCALE);
    }

    @Test
    void aCustomRingtoneFileIsWhatRings(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bell.wav");
        writeTone(file, 1000, 0.3, 22050f, 2);
        rig = RingtoneRig.start(RingtoneSettings.DEFAULT);
        rig.ringtones.setVolume(1f);
        rig.bus.trigger(EventType.CONFIGURE, StreamsConfiguration.builder("http://127.0.0.1:8443/")
                .ringtone(ContactType.VOICE, new RingtoneOptions(false, file.toUri())).build());
        String id = RingtoneRig.contactId("custom");

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        Entry start = rig.telemetry.await(START, id);
        awaitCaptured(0.6);
        rig.accept(id);
        rig.telemetry.await(STOP, id);

        assertEquals(file.toUri().getPath(), ((String) start.data().get("ringtone")).substring("file:".length()));
        Wav wav = Wav.read(CAPTURE);
        assertEquals(1000, wav.zeroCrossingPitch(0.05, 0.45), 10, "the file's pitch, resampled to 48 kHz");
        assertEquals(0.3 * FULL_SCALE, wav.peak(0.05, 0.45), 0.02 * FULL_SCALE, "the file's level");
    }

    private static void awaitCaptured(double seconds) {
        long bytes = 44 + Math.round(seconds * 48000) * 2;
        Await.until(Duration.ofSeconds(10), () -> {
            try {
                return Files.size(CAPTURE) >= bytes;
            } catch (IOException e) {
                return false;
            }
        }, () -> seconds + " s of audio captured in " + CAPTURE);
    }

    /** A sine WAV file of 0.5 s, written by Java Sound. */
    private static void writeTone(Path file, double frequency, double level, float rate, int channels)
            throws IOException {
        int frames = Math.round(rate / 2);
        byte[] data = new byte[frames * 2 * channels];
        for (int i = 0; i < frames; i++) {
            short sample = (short) Math.round(level * FULL_SCALE * Math.sin(2 * Math.PI * frequency * i / rate));
            for (int c = 0; c < channels; c++) {
                data[2 * (i * channels + c)] = (byte) sample;
                data[2 * (i * channels + c) + 1] = (byte) (sample >> 8);
            }
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
