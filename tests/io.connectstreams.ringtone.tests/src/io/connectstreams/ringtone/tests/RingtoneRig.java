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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.promise.Promise;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.ringtone.internal.RingerPreferences;
import io.connectstreams.ringtone.internal.RingtoneSettings;
import io.connectstreams.ringtone.internal.Ringtones;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.SnapshotPlayer;
import io.connectstreams.testkit.BusRecorder;

/**
 * A ringtone service of the test's own on the real bus (the {@link EventBus} service), fed by a {@link SnapshotPlayer}
 * through the worker's real event derivation, the bus recorded from the start. Tests that use it switch the DS component off
 * first ({@link #disableComponent()}), so only their own service rings.
 */
final class RingtoneRig implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** The preference node of the tests' services (the component uses {@link RingerPreferences#NODE}). */
    static final String TEST_NODE = "io.connectstreams.ringtone.tests";

    private static final String COMPONENT = "io.connectstreams.ringtone.internal.RingtoneComponent";
    private static final AtomicInteger CONTACTS = new AtomicInteger();
    private static LoggerFactory loggerFactory;

    final EventBus bus;
    final BusRecorder events;
    final RecordedTelemetry telemetry;
    final SnapshotPlayer player;
    final Ringtones ringtones;

    private RingtoneRig(RingtoneSettings settings, boolean startNow) {
        bus = bus();
        events = new BusRecorder(bus);
        telemetry = new RecordedTelemetry(events);
        player = new SnapshotPlayer(bus);
        ringtones = new Ringtones(bus, logger(), new RingerPreferences(TEST_NODE, logger()), settings);
        if (startNow) {
            ringtones.start(Optional.empty());
        }
    }

    /**
     * @param settings the service's settings
     * @return a started service, a player and a recorder
     */
    static RingtoneRig start(RingtoneSettings settings) {
        return new RingtoneRig(settings, true);
    }

    /**
     * @return a player and a recorder; the service is created but not started ({@link #startService()})
     */
    static RingtoneRig unstarted() {
        return new RingtoneRig(RingtoneSettings.DEFAULT, false);
    }

    void startService() {
        ringtones.start(Optional.empty());
    }

    /**
     * @param prefix what the contact is for
     * @return a contact id no other test uses
     */
    static String contactId(String prefix) {
        return prefix + "-" + CONTACTS.incrementAndGet();
    }

    /**
     * Publishes {@code contact::accepted} global then scoped, with the contact's handle: what the worker does when
     * {@code Contact.accept()} succeeds.
     */
    void accept(String contactId) {
        trigger(ContactEvents.ACCEPTED, contactId);
    }

    void trigger(String contactEvent, String contactId) {
        Contact contact = player.contact(contactId).orElseThrow(() -> new AssertionError(contactId + " is unknown"));
        bus.trigger(contactEvent, contact);
        bus.trigger(ContactEvents.scoped(contactEvent, contactId), contact);
    }

    /**
     * @return what handlers threw into the bus since the rig started
     */
    List<HandlerFailure> handlerFailures() {
        return events.payloads(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class);
    }

    void awaitSilence() {
        Await.until(WAIT, () -> ringtones.ringingContactId().isEmpty(), "no contact ringing");
    }

    @Override
    public void close() {
        ringtones.close();
        player.close();
        events.close();
    }

    static EventBus bus() {
        return Bundles.service(EventBus.class, WAIT);
    }

    /**
     * @return a logger of this test bundle, from a LoggerFactory held for the life of the runtime
     */
    static synchronized Logger logger() {
        if (loggerFactory == null) {
            Bundles.service(LoggerFactory.class, WAIT);
            BundleContext context = FrameworkUtil.getBundle(RingtoneRig.class).getBundleContext();
            loggerFactory = context.getService(context.getServiceReference(LoggerFactory.class));
        }
        return loggerFactory.getLogger(FrameworkUtil.getBundle(RingtoneRig.class), "ringtones-under-test",
                Logger.class);
    }

    /**
     * Disables the ringtone DS component and waits until it is gone.
     */
    static void disableComponent() {
        ServiceComponentRuntime scr = Bundles.service(ServiceComponentRuntime.class, WAIT);
        ComponentDescriptionDTO description = description(scr);
        resolve(scr.disableComponent(description));
        Await.until(WAIT, () -> scr.getComponentConfigurationDTOs(description(scr)).isEmpty(),
                "the ringtone component to be disabled");
    }

    /**
     * Enables the ringtone DS component and waits until it is active.
     */
    static void enableComponent() {
        ServiceComponentRuntime scr = Bundles.service(ServiceComponentRuntime.class, WAIT);
        resolve(scr.enableComponent(description(scr)));
        Await.until(WAIT, () -> scr.getComponentConfigurationDTOs(description(scr)).stream()
                .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE), "the ringtone component to be active");
    }

    private static ComponentDescriptionDTO description(ServiceComponentRuntime scr) {
        Bundle ringtone = Bundles.resolved("io.connectstreams.ringtone");
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(ringtone, COMPONENT);
        assertNotNull(description, COMPONENT + " is not declared");
        return description;
    }

    private static void resolve(Promise<Void> promise) {
        try {
            promise.getValue();
        } catch (InvocationTargetException e) {
            throw new AssertionError("SCR refused", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
