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

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.AudioDevice;

/**
 * The {@link RingtoneService} component: one {@link Ringtones} with the production settings, its choices saved under
 * {@link RingerPreferences#NODE}. When a session runs already at activation, its agent's ringing contacts ring.
 */
@Component(service = RingtoneService.class, immediate = true)
public final class RingtoneComponent implements RingtoneService {

    @Reference
    private EventBus bus;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Streams streams;

    private Ringtones ringtones;

    @Activate
    void activate() {
        ringtones = new Ringtones(bus, logger, new RingerPreferences(RingerPreferences.NODE, logger),
                RingtoneSettings.DEFAULT);
        Streams session = streams;
        Optional<Agent> agent = session == null ? Optional.empty() : session.currentAgent();
        ringtones.start(agent);
        logger.debug("ringtones ready; output device available: {}", ringtones.isAvailable());
    }

    @Deactivate
    void deactivate() {
        ringtones.close();
    }

    @Override
    public boolean isAvailable() {
        return ringtones.isAvailable();
    }

    @Override
    public List<AudioDevice> ringerDevices() {
        return ringtones.ringerDevices();
    }

    @Override
    public Optional<AudioDevice> selectedRingerDevice() {
        return ringtones.selectedRingerDevice();
    }

    @Override
    public void selectRingerDevice(String deviceId) {
        ringtones.selectRingerDevice(deviceId);
    }

    @Override
    public float volume() {
        return ringtones.volume();
    }

    @Override
    public void setVolume(float volume) {
        ringtones.setVolume(volume);
    }

    @Override
    public Optional<String> ringingContactId() {
        return ringtones.ringingContactId();
    }
}
