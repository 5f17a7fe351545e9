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
import static io.connectstreams.ringtone.tests.RecordedTelemetry.START;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.STOP;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.BUSY;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.ringtone.internal.RingerPreferences;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;
import io.connectstreams.testkit.BusRecorder;

/**
 * The {@link RingtoneService} as Declarative Services registers it: the ringer device of this runtime (ALSA's
 * file device), selecting it by the API and by Streams' {@code configuration::set_ringer_device}, saving the choice
 * and the volume in the instance preferences, and ringing for the session's events on the bus.
 */
class RingtoneServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private EventBus bus;
    private BusRecorder events;
    private RingtoneService service;

    @BeforeEach
    void service() {
        bus = RingtoneRig.bus();
        service = Bundles.service(RingtoneService.class, WAIT);
        events = new BusRecorder(bus);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theRuntimesAlsaDeviceIsTheRingerDevice() {
        assertTrue(service.isAvailable());
        List<AudioDevice> devices = service.ringerDevices();
        assertEquals(1, devices.size(), devices::toString);
        AudioDevice device = devices.get(0);
        assertEquals(device.name() + "#0", device.id(), "stable id: name and index among devices of that name");
        assertEquals(AudioDevice.Kind.RINGER, device.kind());
        assertTrue(device.systemDefault());
        assertEquals(Optional.of(device), service.selectedRingerDevice());
    }

    @Test
    void selectingTheRingerDeviceSavesItAndAnnouncesIt() throws BackingStoreException {
        String id = service.ringerDevices().get(0).id();

        service.selectRingerDevice(id);

        assertEquals(List.of(new DeviceChange(id)), deviceChanges());
        assertEquals(id, preferences().get(RingerPreferences.DEVICE_KEY, null));
        assertEquals(id, service.selectedRingerDevice().orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> service.selectRingerDevice("no such device#0"));
        assertEquals(1, deviceChanges().size(), "an unknown device changes nothing");
    }

    @Test
    void agentSetRingerDeviceReachesTheService() {
        String id = service.ringerDevices().get(0).id();

        // what Agent.setRingerDevice(id) publishes
        bus.trigger(ConfigurationEvents.SET_RINGER_DEVICE, new DeviceChange(id));
        bus.trigger(ConfigurationEvents.SET_RINGER_DEVICE, new DeviceChange("unplugged headset#0"));

        assertEquals(List.of(new DeviceChange(id)), deviceChanges());
        assertEquals(List.of(), events.payloads(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class),
                "an unknown device is logged, not thrown into the bus");
    }

    @Test
    void theVolumeIsValidatedAndSaved() {
        assertThrows(IllegalArgumentException.class, () -> service.setVolume(-0.1f));
        assertThrows(IllegalArgumentException.class, () -> service.setVolume(1.1f));
        assertThrows(IllegalArgumentException.class, () -> service.setVolume(Float.NaN));
        try {
            service.setVolume(0.7f);
            assertEquals(0.7f, service.volume());
            assertEquals(0.7f, preferences().getFloat(RingerPreferences.VOLUME_KEY, -1));
        } finally {
            service.setVolume(1f);
        }
    }

    @Test
    void aSavedChoiceSurvivesARestartAndAnUnpluggedDeviceFallsBackToTheDefault() throws BackingStoreException {
        AudioDevice device = service.ringerDevices().get(0);
        service.selectRingerDevice(device.id());
        restartComponent();
        assertEquals(Optional.of(device), service.selectedRingerDevice());

        IEclipsePreferences preferences = preferences();
        preferences.put(RingerPreferences.DEVICE_KEY, "unplugged headset#0");
        preferences.flush();
        restartComponent();

        assertEquals(Optional.of(device), service.selectedRingerDevice(), "the system default rings instead");
        service.selectRingerDevice(device.id());
    }

    @Test
    void theServiceRingsForTheSessionsContacts() {
        String id = RingtoneRig.contactId("service");
        RecordedTelemetry telemetry = new RecordedTelemetry(events);
        try (SnapshotPlayer player = new SnapshotPlayer(bus)) {
            player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
            telemetry.await(START, id);
            Await.until(WAIT, () -> service.ringingContactId().equals(Optional.of(id)), "the service rings " + id);

            player.play(agent(BUSY, voice(id, ContactStateType.CONNECTED)));

            assertEquals("connected", telemetry.await(STOP, id).data().get("reason"));
            Await.until(WAIT, () -> service.ringingContactId().isEmpty(), "the service is silent");
            telemetry.assertNames(id, CONNECTING, START, STOP);
        }
    }

    private List<DeviceChange> deviceChanges() {
        return events.payloads(ConfigurationEvents.RINGER_DEVICE_CHANGED, DeviceChange.class);
    }

    private void restartComponent() {
        RingtoneRig.disableComponent();
        RingtoneRig.enableComponent();
        service = Bundles.service(RingtoneService.class, WAIT);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(RingerPreferences.NODE);
    }
}
