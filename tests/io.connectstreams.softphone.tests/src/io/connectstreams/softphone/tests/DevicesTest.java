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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.AudioModule;
import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * Devices on a machine without audio: the headless module's virtual microphone and speaker, with stable ids;
 * choosing through the API or the bus saves the choice in the instance preferences and confirms it on the bus; an
 * unknown id is refused; the microphone check follows the microphone.
 */
class DevicesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void devicesAreListedSelectedSavedAndConfirmed() throws Exception {
        EventBus bus = Bundles.service(EventBus.class, WAIT);
        Softphone softphone = Bundles.service(Softphone.class, WAIT);
        assertEquals(AudioModule.HEADLESS, softphone.audioModule(), "this machine has no audio device");
        List<AudioDevice> microphones = softphone.microphones();
        List<AudioDevice> speakers = softphone.speakers();
        assertFalse(microphones.isEmpty());
        assertFalse(speakers.isEmpty());
        AudioDevice microphone = microphones.get(0);
        assertEquals(microphone.name() + "#0", microphone.id());
        assertEquals(AudioDevice.Kind.MICROPHONE, microphone.kind());
        assertTrue(microphone.systemDefault());
        assertEquals(AudioDevice.Kind.SPEAKER, speakers.get(0).kind());

        List<String> confirmed = new CopyOnWriteArrayList<>(); // also filled on the softphone's session thread
        try (Subscription mic = bus.subscribe(ConfigurationEvents.MICROPHONE_DEVICE_CHANGED, DeviceChange.class,
                change -> confirmed.add("microphone " + change.deviceId()));
                Subscription speaker = bus.subscribe(ConfigurationEvents.SPEAKER_DEVICE_CHANGED, DeviceChange.class,
                        change -> confirmed.add("speaker " + change.deviceId()))) {
            softphone.selectMicrophone(microphone.id());
            bus.trigger(ConfigurationEvents.SET_SPEAKER_DEVICE, new DeviceChange(speakers.get(0).id()));
            Await.until(WAIT, () -> confirmed.size() == 2, "both confirmations");
            assertEquals(List.of("microphone " + microphone.id(), "speaker " + speakers.get(0).id()), confirmed);
            assertThrows(IllegalArgumentException.class, () -> softphone.selectMicrophone("no such device#0"));
            bus.trigger(ConfigurationEvents.SET_MICROPHONE_DEVICE, new DeviceChange("no such device#0"));
            // runs on the softphone's thread after the request above: the unknown id was refused by then
            assertEquals(microphone, softphone.selectedMicrophone().orElseThrow());
            assertEquals(2, confirmed.size(), "an unknown id is not confirmed: " + confirmed);
        }
        assertEquals(microphone.id(), InstanceScope.INSTANCE.getNode("io.connectstreams.softphone")
                .get("microphoneDevice", null), "saved for the next start");
        assertEquals(speakers.get(0).id(), InstanceScope.INSTANCE.getNode("io.connectstreams.softphone")
                .get("speakerDevice", null));
    }

    @Test
    void theMicrophoneCheckFollowsTheMicrophone() throws Exception {
        Softphone softphone = Bundles.service(Softphone.class, WAIT);
        MicrophoneCheck available = softphone.checkMicrophone().toCompletableFuture().get();
        assertTrue(available.available());
        assertEquals(AudioModule.HEADLESS, available.audioModule());
        SoftphoneProbe probe = Bundles.service(SoftphoneProbe.class, WAIT);
        probe.setMicrophoneAvailable(false);
        try {
            MicrophoneCheck missing = softphone.checkMicrophone().toCompletableFuture().get();
            assertFalse(missing.available());
        } finally {
            probe.setMicrophoneAvailable(true);
        }
    }
}
