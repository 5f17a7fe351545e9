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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import org.osgi.service.log.Logger;

import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.ringtone.RingtoneKind;
import io.connectstreams.ringtone.internal.audio.Playback;
import io.connectstreams.ringtone.internal.audio.PlaybackException;
import io.connectstreams.ringtone.internal.audio.RingerDevice;
import io.connectstreams.ringtone.internal.audio.RingerDevices;

/**
 * The voice, additional-voice and queue-callback engines in one state machine, confined to the ringtone thread
 * ({@link RingtoneLoop}): events come in as method calls, {@link #work()} plays.
 * <ul>
 * <li><b>Start</b> on the trigger (Streams' rules, {@link RingRules}), also for a contact already ringing when the
 * service starts (the first agent snapshot it sees). An offer rings once; a repeated trigger does nothing.</li>
 * <li><b>Stop</b> on {@code accepted}, {@code connected}, {@code ended} or {@code destroyed}, and on a
 * {@code pending}, {@code connecting}, {@code incoming} or {@code refresh} whose state no longer rings (a callback:
 * not {@code incoming}, or its agent connection connected). Stopping is idempotent.</li>
 * <li><b>Safety net</b>: once the contact events of an agent snapshot have been handled (at the next
 * {@code agent::refresh}, at the latest {@link RingtoneSettings#safetyGrace()} later), a ringtone whose contact is
 * not in that snapshot or not ringing there stops; and none rings longer than
 * {@link RingtoneSettings#maxRingTime()}.</li>
 * <li><b>One at a time</b>: a contact that starts ringing while another rings waits its turn (first come, first
 * served) and plays when the earlier one stops, if it still rings then. Its {@code Connecting} metric is published
 * at once.</li>
 * <li><b>Failures</b>: a failed attempt is retried {@link RingtoneSettings#retries()} times, the tone reloaded;
 * then {@code streams::ringtone_unavailable}. With no output device at all it is reported at once.</li>
 * </ul>
 */
final class RingtoneEngine {

    private static final int MAX_REMEMBERED_OFFERS = 1000;

    private final Logger logger;
    private final RingtoneTelemetry telemetry;
    private final RingtoneChoices choices;
    private final RingerDevices devices;
    private final RingtoneSettings settings;
    private final Supplier<String> selectedDevice;
    private final DoubleSupplier volume;

    /** Active rings by contact id, oldest first; the first is the one that plays. */
    private final Map<String, Ring> rings = new LinkedHashMap<>();
    /** Offers that rang already (or must not ring), so a repeated trigger does nothing. */
    private final Set<String> offers = new LinkedHashSet<>();
    private Ring current;
    private Playback playback;
    private int attempts;
    private long retryAt;
    private boolean deviceChanged;
    private boolean closed;
    private AgentSnapshot agent;
    private boolean caughtUp;
    private AgentSnapshot unchecked;
    private long uncheckedDeadline;
    private volatile String ringingContactId;

    RingtoneEngine(Logger logger, RingtoneTelemetry telemetry, RingtoneChoices choices, RingerDevices devices,
            RingtoneSettings settings, Supplier<String> selectedDevice, DoubleSupplier volume) {
        this.logger = logger;
        this.telemetry = telemetry;
        this.choices = choices;
        this.devices = devices;
        this.settings = settings;
        this.selectedDevice = selectedDevice;
        this.volume = volume;
    }

    /**
     * @return the contact whose ringtone plays (or is being started); readable from any thread
     */
    String ringingContactId() {
        return ringingContactId;
    }

    /**
     * {@code agent::refresh}, or the current agent when the service starts.
     *
     * @param snapshot the agent's snapshot
     */
    void agentRefreshed(AgentSnapshot snapshot) {
        // the previous snapshot's contact events were published before this refresh: its check is due now
        checkUnchecked();
        agent = snapshot;
        if (!caughtUp) {
            caughtUp = true;
            for (ContactSnapshot contact : snapshot.contacts()) {
                RingRules.kindFor(contact, snapshot).ifPresent(kind -> trigger(contact, kind));
            }
        }
        if (!rings.isEmpty()) {
            unchecked = snapshot;
            uncheckedDeadline = System.nanoTime() + settings.safetyGrace().toNanos();
        }
    }

    /**
     * A contact event.
     *
     * @param event the global event name
     * @param contact the contact as the event saw it
     */
    void contactEvent(String event, ContactSnapshot contact) {
        if (event.equals(ContactEvents.CONNECTING) || event.equals(ContactEvents.INCOMING)) {
            RingRules.kindFor(contact, agent).ifPresent(kind -> trigger(contact, kind));
        }
        Ring ring = rings.get(contact.contactId());
        if (ring != null && (endsRinging(event) || !RingRules.rings(ring.kind, contact))) {
            stop(ring, StopReason.of(event));
        }
        if (event.equals(ContactEvents.DESTROYED)) {
            offers.removeIf(offer -> offer.startsWith(contact.contactId() + "/"));
        }
    }

    /**
     * The configuration changed: a ringtone now disabled stops.
     */
    void configurationChanged() {
        for (Ring ring : List.copyOf(rings.values())) {
            if (choices.options(ring.kind).disabled()) {
                stop(ring, StopReason.DISABLED);
            }
        }
    }

    /**
     * The ringer device was selected: a playing ringtone moves to it.
     */
    void deviceChanged() {
        deviceChanged = true;
    }

    /**
     * Stops every ringtone (each gets its {@code Ringtone Stop}) and starts none any more.
     */
    void shutdown() {
        closed = true;
        List<Ring> all = new ArrayList<>(rings.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            stop(all.get(i), StopReason.DEACTIVATED);
        }
    }

    /**
     * Does the next step: a due safety check, starting or retrying the current ringtone, or writing its next chunk.
     *
     * @return nanoseconds the thread may wait for events before calling again; 0 at once; negative: until an event
     *         arrives
     */
    long work() {
        long now = System.nanoTime();
        long wait = -1;
        if (unchecked != null) {
            if (now - uncheckedDeadline >= 0) {
                checkUnchecked();
                return 0;
            }
            wait = uncheckedDeadline - now;
        }
        if (current == null) {
            return wait;
        }
        if (now - current.deadlineNanos >= 0) {
            logger.warn("{} rang for {} s: stopped", current, settings.maxRingTime().toSeconds());
            stop(current, StopReason.MAX_RING_TIME);
            return 0;
        }
        if (playback == null) {
            if (now - retryAt < 0) {
                return shorter(wait, retryAt - now);
            }
            startCurrent();
            return 0;
        }
        if (deviceChanged) {
            deviceChanged = false;
            playback.close();
            playback = null;
            return 0;
        }
        try {
            playback.write((float) volume.getAsDouble());
        } catch (PlaybackException e) {
            playback.close();
            playback = null;
            failed(e);
            return 0;
        }
        long ahead = playback.aheadNanos();
        return ahead > 0 ? shorter(wait, ahead) : 0;
    }

    /**
     * Ends the current ringtone after an unexpected error of the engine, so it cannot loop on the error.
     *
     * @param error what went wrong
     */
    void abandonCurrent(RuntimeException error) {
        if (current != null) {
            logger.error("ringtone engine failed; stopping " + current, error);
            telemetry.unavailable(current.contactId, "ringtone engine failed: " + error);
            stop(current, StopReason.PLAYBACK_FAILURE);
        }
    }

    private void trigger(ContactSnapshot contact, RingtoneKind kind) {
        if (closed || !offers.add(RingRules.offerKey(contact)) || rings.containsKey(contact.contactId())) {
            return;
        }
        if (offers.size() > MAX_REMEMBERED_OFFERS) {
            Iterator<String> oldest = offers.iterator();
            oldest.next();
            oldest.remove();
        }
        if (choices.options(kind).disabled()) {
            logger.info("{} ringtone disabled by the configuration: contact {} does not ring", kind,
                    contact.contactId());
            return;
        }
        Ring ring = new Ring(contact.contactId(), kind, choices.tone(kind), RingRules.callInfo(contact, kind),
                System.nanoTime() + settings.maxRingTime().toNanos());
        rings.put(ring.contactId, ring);
        logger.info("{} connecting", ring);
        telemetry.connecting(ring);
        if (current == null) {
            promote();
        } else {
            logger.info("{} waits while {} plays", ring, current);
        }
    }

    private void startCurrent() {
        attempts++;
        Playback opened = null;
        try {
            RingerDevice device = devices.resolve(selectedDevice.get());
            opened = Playback.open(devices, device, current.tone, settings.chunk(), settings.lineBuffer());
            opened.write((float) volume.getAsDouble());
            playback = opened;
            deviceChanged = false;
            if (!current.started) {
                current.started = true;
                logger.info("{} plays on {}", current, device.id());
                telemetry.start(current, device);
            }
        } catch (PlaybackException e) {
            if (opened != null) {
                opened.close();
            }
            failed(e);
        }
    }

    private void failed(PlaybackException failure) {
        Ring ring = current;
        int remaining = failure.isNoDevice() ? 0 : Math.max(0, settings.retries() + 1 - attempts);
        telemetry.failure(ring, failure.getMessage(), remaining);
        if (remaining > 0) {
            logger.warn("Ringtone Playback Failure: {} retries remaining for {}: {}", remaining, ring,
                    failure.getMessage());
            ring.tone.forget();
            retryAt = System.nanoTime() + settings.retryDelay().toNanos();
            return;
        }
        if (failure.isNoDevice()) {
            logger.warn("{} cannot ring: {}", ring, failure.getMessage());
        } else {
            logger.error("Ringtone Retries Exhausted for " + ring + ": " + failure.getMessage(), failure);
        }
        telemetry.unavailable(ring.contactId, failure.getMessage());
        stop(ring, failure.isNoDevice() ? StopReason.UNAVAILABLE : StopReason.PLAYBACK_FAILURE);
    }

    private void stop(Ring ring, String reason) {
        if (rings.remove(ring.contactId) == null) {
            return;
        }
        if (ring == current) {
            if (playback != null) {
                playback.finish((float) volume.getAsDouble());
                playback = null;
            }
            current = null;
            logger.info("{} stopped: {}", ring, reason);
            telemetry.stop(ring, reason);
            promote();
        } else {
            logger.info("{} stopped before its turn: {}", ring, reason);
            telemetry.stop(ring, reason);
        }
    }

    private void promote() {
        Optional<Ring> next = closed ? Optional.empty() : rings.values().stream().findFirst();
        current = next.orElse(null);
        attempts = 0;
        retryAt = System.nanoTime();
        ringingContactId = current == null ? null : current.contactId;
    }

    private void checkUnchecked() {
        AgentSnapshot snapshot = unchecked;
        unchecked = null;
        if (snapshot == null) {
            return;
        }
        for (Ring ring : List.copyOf(rings.values())) {
            Optional<ContactSnapshot> contact = snapshot.contact(ring.contactId);
            if (contact.isEmpty()) {
                logger.warn("{} outlived its contact, which left the agent's snapshot without an event", ring);
                stop(ring, StopReason.CONTACT_GONE);
            } else if (!RingRules.rings(ring.kind, contact.get())) {
                logger.warn("{} still played although its contact is {}", ring, contact.get().state().type());
                stop(ring, StopReason.AGENT_REFRESH);
            }
        }
    }

    private static boolean endsRinging(String event) {
        return event.equals(ContactEvents.ACCEPTED) || event.equals(ContactEvents.CONNECTED)
                || event.equals(ContactEvents.ENDED) || event.equals(ContactEvents.DESTROYED);
    }

    private static long shorter(long wait, long other) {
        return wait < 0 ? other : Math.min(wait, other);
    }
}
