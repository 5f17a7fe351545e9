/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Contact;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.AudioModule;
import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.softphone.internal.media.AudioStack;
import io.connectstreams.softphone.internal.session.SessionManager;
import io.connectstreams.softphone.internal.session.SessionTimings;
import io.connectstreams.softphone.probe.SoftphoneProbe;

/**
 * The {@link Softphone} service: subscribes to the bus and runs a {@link SessionManager} on one session thread,
 * {@code cs-softphone-session}; the signaling client's I/O runs on {@code cs-softphone-signaling-*}. Stopping hangs
 * up every call, closes the kept peer connections, then disposes the WebRTC factory, and stops both thread pools.
 * <p>
 * Framework properties: {@value #AUDIO_PROPERTY} ({@code auto}, the default: the platform's audio when it
 * initializes, else headless; {@code platform}; {@code headless}) and {@value #PERSISTENT_PROPERTY} ({@code true} by
 * default: invites ask for a persistent peer connection); {@value SoftphoneProbe#PROPERTY} ({@code true} registers
 * the {@link SoftphoneProbe} for tests and benchmarks; never set in a product).
 */
@Component(service = Softphone.class, immediate = true)
public final class SoftphoneComponent implements Softphone {

    /** Framework property choosing the audio module. */
    public static final String AUDIO_PROPERTY = "io.connectstreams.softphone.audio";

    /** Framework property: whether invites ask for a persistent peer connection. */
    public static final String PERSISTENT_PROPERTY = "io.connectstreams.softphone.persistentConnection";

    private static final Duration CONFIGURE_TIMEOUT = Duration.ofSeconds(2);

    @Reference
    private EventBus bus;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    private SessionThread thread;
    private ThreadPoolExecutor signalingThreads;
    private SessionManager manager;
    private ServiceRegistration<SoftphoneProbe> probe;
    private final List<Subscription> subscriptions = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        AudioStack.Choice audio = switch (String.valueOf(context.getProperty(AUDIO_PROPERTY)).toLowerCase()) {
            case "platform" -> AudioStack.Choice.PLATFORM;
            case "headless" -> AudioStack.Choice.HEADLESS;
            default -> AudioStack.Choice.AUTO;
        };
        boolean persistent = !"false".equalsIgnoreCase(String.valueOf(context.getProperty(PERSISTENT_PROPERTY)));
        thread = new SessionThread(logger);
        signalingThreads = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("cs-softphone-signaling-"));
        signalingThreads.allowCoreThreadTimeOut(true);
        manager = new SessionManager(bus, logger, thread.executor(), signalingThreads, Clock.systemUTC(),
                SessionTimings.DEFAULT, audio, persistent, new InstancePreferences(logger));
        subscriptions.add(bus.subscribe(EventType.CONFIGURE, StreamsConfiguration.class,
                configuration -> thread.post(() -> manager.configure(configuration))));
        subscriptions.add(bus.subscribe(ContactEvents.INIT, this::contactChanged));
        subscriptions.add(bus.subscribe(ContactEvents.REFRESH, this::contactChanged));
        subscriptions.add(bus.subscribe(ContactEvents.DESTROYED, Contact.class,
                contact -> thread.post(() -> manager.contactDestroyed(contact.getContactId()))));
        subscriptions.add(bus.subscribe(AgentEvents.UPDATE, AgentSnapshot.class,
                snapshot -> thread.post(() -> manager.agentUpdated(snapshot))));
        subscriptions.add(bus.subscribe(EventType.TERMINATED, event -> thread.post(manager::agentSessionEnded)));
        // mute is handled on the publishing thread: the state, the audio path and mute_toggle before it returns
        subscriptions.add(bus.subscribe(EventType.MUTE, event -> manager.mute(
                event.dataAs(MuteRequest.class).map(MuteRequest::mute).orElse(null))));
        subscriptions.add(bus.subscribe(ConfigurationEvents.SET_MICROPHONE_DEVICE, DeviceChange.class,
                change -> thread.post(() -> selectQuietly(() -> manager.selectMicrophone(change.deviceId())))));
        subscriptions.add(bus.subscribe(ConfigurationEvents.SET_SPEAKER_DEVICE, DeviceChange.class,
                change -> thread.post(() -> selectQuietly(() -> manager.selectSpeaker(change.deviceId())))));
        bus.request(EventType.REQUEST_CONFIGURE, null, StreamsConfiguration.class, CONFIGURE_TIMEOUT)
                .whenComplete((configuration, failure) -> {
                    if (configuration != null) {
                        thread.post(() -> manager.configure(configuration));
                    }
                });
        if ("true".equalsIgnoreCase(context.getProperty(SoftphoneProbe.PROPERTY))) {
            probe = context.registerService(SoftphoneProbe.class, new ProbeService(thread, manager), null);
        }
        logger.debug("softphone ready (audio {}, persistent peer connections {})", audio, persistent);
    }

    @Deactivate
    void deactivate() {
        if (probe != null) {
            probe.unregister();
            probe = null;
        }
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        try {
            CompletableFuture<Void> ended = thread.call(manager::beginShutdown);
            try {
                ended.get(SessionManager.shutdownWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                logger.warn("calls did not end within {} ms", SessionManager.shutdownWait().toMillis());
            }
            thread.call(() -> {
                manager.finishShutdown();
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            logger.warn("the softphone did not stop cleanly: {}", e.toString());
        }
        stop(thread.executor());
        stop(signalingThreads);
        logger.debug("softphone stopped");
    }

    // ---- Softphone

    @Override
    public boolean isMuted() {
        return manager.isMuted();
    }

    @Override
    public AudioModule audioModule() {
        return thread.call(manager::audioModule);
    }

    @Override
    public List<AudioDevice> microphones() {
        return thread.call(manager::microphones);
    }

    @Override
    public List<AudioDevice> speakers() {
        return thread.call(manager::speakers);
    }

    @Override
    public Optional<AudioDevice> selectedMicrophone() {
        return thread.call(manager::selectedMicrophone);
    }

    @Override
    public Optional<AudioDevice> selectedSpeaker() {
        return thread.call(manager::selectedSpeaker);
    }

    @Override
    public void selectMicrophone(String deviceId) {
        thread.call(() -> {
            manager.selectMicrophone(deviceId);
            return null;
        });
    }

    @Override
    public void selectSpeaker(String deviceId) {
        thread.call(() -> {
            manager.selectSpeaker(deviceId);
            return null;
        });
    }

    @Override
    public CompletionStage<MicrophoneCheck> checkMicrophone() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return manager.checkMicrophone();
            } catch (IllegalStateException e) {
                return new MicrophoneCheck(false, AudioModule.HEADLESS, null, e.getMessage());
            }
        }, thread.executor());
    }

    @Override
    public List<SoftphoneSessionInfo> sessions() {
        return manager.sessions();
    }

    // ---- internals

    private void contactChanged(BusEvent event) {
        event.dataAs(Contact.class).ifPresent(contact -> {
            ContactSnapshot snapshot;
            try {
                snapshot = contact.toSnapshot();
            } catch (IllegalStateException e) {
                return; // a handle without data yet
            }
            thread.post(() -> manager.contactChanged(contact, snapshot));
        });
    }

    private void selectQuietly(Runnable selection) {
        try {
            selection.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            logger.warn("the audio device was not changed: {}", e.getMessage());
        }
    }

    private void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SessionThread.CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                logger.warn("softphone threads did not stop within {} ms", SessionThread.CALL_TIMEOUT_MILLIS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread created = new Thread(runnable, prefix + count.incrementAndGet());
            created.setDaemon(true);
            return created;
        };
    }
}
