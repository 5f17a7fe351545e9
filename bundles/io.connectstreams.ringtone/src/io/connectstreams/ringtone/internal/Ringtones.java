/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.ringtone.internal.audio.BuiltInTones;
import io.connectstreams.ringtone.internal.audio.RingerDevice;
import io.connectstreams.ringtone.internal.audio.RingerDevices;

/**
 * The {@link RingtoneService}: listens to the bus, hands every event to the ringtone thread ({@link RingtoneLoop},
 * {@link RingtoneEngine}), and keeps the ringer device and volume ({@link RingerPreferences}). A plain object: the
 * DS component {@link RingtoneComponent} creates one; tests create their own.
 */
public final class Ringtones implements RingtoneService, AutoCloseable {

    /** The contact events the engines react to (Streams' triggers, stop events and refresh safety net). */
    static final List<String> CONTACT_EVENTS = List.of(ContactEvents.CONNECTING, ContactEvents.INCOMING,
            ContactEvents.PENDING, ContactEvents.ACCEPTED, ContactEvents.CONNECTED, ContactEvents.ENDED,
            ContactEvents.DESTROYED, ContactEvents.REFRESH);

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final EventBus bus;
    private final Logger logger;
    private final RingerPreferences preferences;
    private final RingtoneSettings settings;
    private final RingerDevices devices;
    private final RingtoneChoices choices = new RingtoneChoices();
    private final RingtoneEngine engine;
    private final RingtoneLoop loop;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private volatile String selectedDeviceId;
    private volatile float volume;

    /**
     * @param bus the bus to listen and publish on
     * @param logger the service's logger
     * @param preferences where the device and volume are saved
     * @param settings times and formats
     */
    public Ringtones(EventBus bus, Logger logger, RingerPreferences preferences, RingtoneSettings settings) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.logger = Objects.requireNonNull(logger, "logger");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.settings = Objects.requireNonNull(settings, "settings");
        devices = new RingerDevices(settings.lineFormats());
        selectedDeviceId = preferences.device().orElse(null);
        volume = preferences.volume(1f);
        engine = new RingtoneEngine(logger, new RingtoneTelemetry(bus, logger), choices, devices, settings,
                () -> selectedDeviceId, () -> volume);
        loop = new RingtoneLoop(engine, logger);
    }

    /**
     * Starts the thread, subscribes, asks the running session for its configuration, and rings for the contacts of
     * the current agent that are already ringing.
     *
     * @param currentAgent the agent of a session that runs already
     */
    public synchronized void start(Optional<Agent> currentAgent) {
        loop.start();
        if (!settings.lineFormats().isEmpty()) {
            float rate = settings.lineFormats().get(0).getSampleRate();
            loop.post(() -> List.of(BuiltInTones.VOICE, BuiltInTones.ADDITIONAL_VOICE, BuiltInTones.QUEUE_CALLBACK,
                    BuiltInTones.TASK).forEach(tone -> tone.cycle(rate)));
        }
        subscriptions.add(bus.subscribe(AgentEvents.REFRESH, Agent.class, this::onAgentRefresh));
        for (String event : CONTACT_EVENTS) {
            subscriptions.add(bus.subscribe(event, Contact.class, contact -> onContactEvent(event, contact)));
        }
        subscriptions.add(bus.subscribe(EventType.CONFIGURE, StreamsConfiguration.class, this::onConfigure));
        subscriptions.add(bus.subscribe(ConfigurationEvents.SET_RINGER_DEVICE, DeviceChange.class,
                this::onSetRingerDevice));
        bus.request(EventType.REQUEST_CONFIGURE, null, StreamsConfiguration.class, settings.configureTimeout())
                .whenComplete((configuration, failure) -> {
                    if (configuration != null) {
                        loop.post(() -> {
                            if (choices.configureIfAbsent(configuration)) {
                                engine.configurationChanged();
                            }
                        });
                    } else {
                        logger.debug("no session configuration yet ({}): default ringtones until configure",
                                failure == null ? "none given" : failure.getMessage());
                    }
                });
        currentAgent.ifPresent(this::onAgentRefresh);
    }

    /**
     * Stops listening, stops any ringtone (with its {@code Ringtone Stop}), closes the line and ends the thread.
     */
    @Override
    public synchronized void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        loop.close(CLOSE_TIMEOUT);
    }

    @Override
    public boolean isAvailable() {
        return !devices.list().isEmpty();
    }

    @Override
    public List<AudioDevice> ringerDevices() {
        return devices.list().stream().map(RingerDevice::toAudioDevice).toList();
    }

    @Override
    public Optional<AudioDevice> selectedRingerDevice() {
        List<RingerDevice> present = devices.list();
        String selected = selectedDeviceId;
        return present.stream().filter(d -> d.id().equals(selected)).findFirst()
                .or(() -> present.stream().findFirst()).map(RingerDevice::toAudioDevice);
    }

    @Override
    public void selectRingerDevice(String deviceId) {
        Objects.requireNonNull(deviceId, "deviceId");
        RingerDevice device = devices.find(deviceId)
                .orElseThrow(() -> new IllegalArgumentException("deviceId: no ringer device " + deviceId));
        selectedDeviceId = device.id();
        preferences.saveDevice(device.id());
        loop.post(engine::deviceChanged);
        logger.info("ringer device {} selected", device.id());
        bus.trigger(ConfigurationEvents.RINGER_DEVICE_CHANGED, new DeviceChange(device.id()));
    }

    @Override
    public float volume() {
        return volume;
    }

    @Override
    public void setVolume(float newVolume) {
        if (!(newVolume >= 0 && newVolume <= 1)) {
            throw new IllegalArgumentException("volume: must be 0 to 1, was " + newVolume);
        }
        volume = newVolume;
        preferences.saveVolume(newVolume);
    }

    @Override
    public Optional<String> ringingContactId() {
        return Optional.ofNullable(engine.ringingContactId());
    }

    private void onAgentRefresh(Agent agent) {
        AgentSnapshot snapshot;
        try {
            snapshot = agent.toSnapshot();
        } catch (RuntimeException e) {
            logger.debug("agent without data yet: {}", e.toString());
            return;
        }
        loop.post(() -> engine.agentRefreshed(snapshot));
    }

    private void onContactEvent(String event, Contact contact) {
        // the contact's data as of this event, not as of when the ringtone thread gets to it
        ContactSnapshot snapshot = contact.toSnapshot();
        loop.post(() -> engine.contactEvent(event, snapshot));
    }

    private void onConfigure(StreamsConfiguration configuration) {
        // in order with the contact events: an offer published before the configuration is judged by the old one
        loop.post(() -> {
            choices.configure(configuration);
            engine.configurationChanged();
        });
    }

    private void onSetRingerDevice(DeviceChange change) {
        try {
            selectRingerDevice(change.deviceId());
        } catch (IllegalArgumentException | NullPointerException e) {
            logger.warn("set_ringer_device ignored: {}", e.getMessage());
        }
    }
}
