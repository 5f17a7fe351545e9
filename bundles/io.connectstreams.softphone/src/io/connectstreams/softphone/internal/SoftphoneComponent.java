package io.connectstreams.softphone.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
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
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.media.AudioStack;
import io.connectstreams.softphone.internal.media.ReceivedAudioMeter;
import io.connectstreams.softphone.internal.media.RtpStatsSampler;
import io.connectstreams.softphone.internal.media.VirtualMicrophone;
import io.connectstreams.softphone.internal.session.SessionManager;
import io.connectstreams.softphone.internal.session.SessionTimings;
import io.connectstreams.softphone.internal.session.SoftphoneSession;

/**
 * The {@link Softphone} service: subscribes to the bus and runs a {@link SessionManager} on one session thread,
 * {@code cs-softphone-session}; the signaling client's I/O runs on {@code cs-softphone-signaling-*}. Stopping hangs
 * up every call, closes the kept peer connections, then disposes the WebRTC factory, and stops both thread pools.
 * <p>
 * Framework properties: {@value #AUDIO_PROPERTY} ({@code auto}, the default: the platform's audio when it
 * initializes, else headless; {@code platform}; {@code headless}) and {@value #PERSISTENT_PROPERTY} ({@code true} by
 * default: invites ask for a persistent peer connection).
 */
@Component(service = Softphone.class, immediate = true)
public final class SoftphoneComponent implements Softphone {

    /** Framework property choosing the audio module. */
    public static final String AUDIO_PROPERTY = "io.connectstreams.softphone.audio";

    /** Framework property: whether invites ask for a persistent peer connection. */
    public static final String PERSISTENT_PROPERTY = "io.connectstreams.softphone.persistentConnection";

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CONFIGURE_TIMEOUT = Duration.ofSeconds(2);

    @Reference
    private EventBus bus;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    private ScheduledThreadPoolExecutor executor;
    private ThreadPoolExecutor signalingThreads;
    private SessionManager manager;
    private volatile Thread sessionThread;
    private final List<Subscription> subscriptions = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        AudioStack.Choice audio = switch (String.valueOf(context.getProperty(AUDIO_PROPERTY)).toLowerCase()) {
            case "platform" -> AudioStack.Choice.PLATFORM;
            case "headless" -> AudioStack.Choice.HEADLESS;
            default -> AudioStack.Choice.AUTO;
        };
        boolean persistent = !"false".equalsIgnoreCase(String.valueOf(context.getProperty(PERSISTENT_PROPERTY)));
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "cs-softphone-session");
            thread.setDaemon(true);
            sessionThread = thread;
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        signalingThreads = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("cs-softphone-signaling-"));
        signalingThreads.allowCoreThreadTimeOut(true);
        manager = new SessionManager(bus, logger, executor, signalingThreads, Clock.systemUTC(), SessionTimings.DEFAULT,
                audio, persistent, new InstancePreferences(logger));
        subscriptions.add(bus.subscribe(EventType.CONFIGURE, StreamsConfiguration.class,
                configuration -> post(() -> manager.configure(configuration))));
        subscriptions.add(bus.subscribe(ContactEvents.INIT, this::contactChanged));
        subscriptions.add(bus.subscribe(ContactEvents.REFRESH, this::contactChanged));
        subscriptions.add(bus.subscribe(ContactEvents.DESTROYED, Contact.class,
                contact -> post(() -> manager.contactDestroyed(contact.getContactId()))));
        subscriptions.add(bus.subscribe(AgentEvents.UPDATE, AgentSnapshot.class,
                snapshot -> post(() -> manager.agentUpdated(snapshot))));
        subscriptions.add(bus.subscribe(EventType.TERMINATED, event -> post(manager::agentSessionEnded)));
        // mute is handled on the publishing thread: the state, the audio path and mute_toggle before it returns
        subscriptions.add(bus.subscribe(EventType.MUTE, event -> manager.mute(
                event.dataAs(MuteRequest.class).map(MuteRequest::mute).orElse(null))));
        subscriptions.add(bus.subscribe(ConfigurationEvents.SET_MICROPHONE_DEVICE, DeviceChange.class,
                change -> post(() -> selectQuietly(() -> manager.selectMicrophone(change.deviceId())))));
        subscriptions.add(bus.subscribe(ConfigurationEvents.SET_SPEAKER_DEVICE, DeviceChange.class,
                change -> post(() -> selectQuietly(() -> manager.selectSpeaker(change.deviceId())))));
        bus.request(EventType.REQUEST_CONFIGURE, null, StreamsConfiguration.class, CONFIGURE_TIMEOUT)
                .whenComplete((configuration, failure) -> {
                    if (configuration != null) {
                        post(() -> manager.configure(configuration));
                    }
                });
        logger.debug("softphone ready (audio {}, persistent peer connections {})", audio, persistent);
    }

    @Deactivate
    void deactivate() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        try {
            CompletableFuture<Void> ended = call(manager::beginShutdown);
            try {
                ended.get(SessionManager.shutdownWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                logger.warn("calls did not end within {} ms", SessionManager.shutdownWait().toMillis());
            }
            call(() -> {
                manager.finishShutdown();
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            logger.warn("the softphone did not stop cleanly: {}", e.toString());
        }
        stop(executor);
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
        return call(manager::audioModule);
    }

    @Override
    public List<AudioDevice> microphones() {
        return call(manager::microphones);
    }

    @Override
    public List<AudioDevice> speakers() {
        return call(manager::speakers);
    }

    @Override
    public Optional<AudioDevice> selectedMicrophone() {
        return call(manager::selectedMicrophone);
    }

    @Override
    public Optional<AudioDevice> selectedSpeaker() {
        return call(manager::selectedSpeaker);
    }

    @Override
    public void selectMicrophone(String deviceId) {
        call(() -> {
            manager.selectMicrophone(deviceId);
            return null;
        });
    }

    @Override
    public void selectSpeaker(String deviceId) {
        call(() -> {
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
        }, executor);
    }

    @Override
    public List<SoftphoneSessionInfo> sessions() {
        return manager.sessions();
    }

    // ---- for tests (this package is exported to the test bundle only)

    /**
     * @return the headless module's microphone (silent by default; tests play a tone or make it unavailable),
     *         empty on the platform's audio
     */
    public Optional<VirtualMicrophone> virtualMicrophone() {
        return call(() -> manager.stack().virtualMicrophone());
    }

    /**
     * @param contactId a contact
     * @return the meter on the caller's audio of that contact's session, while it runs
     */
    public Optional<ReceivedAudioMeter> receivedAudio(String contactId) {
        return call(() -> manager.session(contactId).flatMap(SoftphoneSession::peer).map(AgentPeer::meter));
    }

    /**
     * @return the meter on the caller's audio of the kept (persistent) peer connection, between calls too
     */
    public Optional<ReceivedAudioMeter> keptPeerAudio() {
        return call(manager::keptPeerMeter);
    }

    /**
     * @param contactId a contact
     * @return the type of the local ICE candidate the contact's media uses ({@code host}, {@code relay}, ...)
     */
    public Optional<String> localCandidateType(String contactId) {
        CompletableFuture<Optional<String>> type = call(() -> manager.session(contactId).flatMap(SoftphoneSession::peer)
                .map(peer -> peer.stats().thenApply(RtpStatsSampler::selectedLocalCandidateType))
                .orElse(CompletableFuture.completedFuture(Optional.empty())));
        try {
            return type.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Enables or disables the microphone track of a contact's call, bypassing the mute state: how the browser mutes,
     * kept so benchmarks can compare it with muting at the source.
     *
     * @param contactId a talking contact
     * @param enabled whether the track sends
     */
    public void setTrackEnabled(String contactId, boolean enabled) {
        call(() -> {
            manager.session(contactId).flatMap(SoftphoneSession::peer).orElseThrow().setSending(enabled);
            return null;
        });
    }

    /**
     * @return whether a persistent peer connection is kept
     */
    public boolean hasPersistentConnection() {
        return call(manager::hasPersistentConnection);
    }

    /**
     * @return how many peer connections this process has opened
     */
    public static int peerConnectionsOpened() {
        return AgentPeer.opened();
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
            post(() -> manager.contactChanged(contact, snapshot));
        });
    }

    private void selectQuietly(Runnable selection) {
        try {
            selection.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            logger.warn("the audio device was not changed: {}", e.getMessage());
        }
    }

    private void post(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    logger.error("softphone step failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            logger.debug("softphone stopped: event dropped");
        }
    }

    private <T> T call(Callable<T> task) {
        try {
            if (Thread.currentThread() == sessionThread) {
                return task.call();
            }
            return executor.submit(task).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the softphone did not answer within " + CALL_TIMEOUT.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the softphone is stopped");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                logger.warn("softphone threads did not stop within {} ms", CALL_TIMEOUT.toMillis());
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
