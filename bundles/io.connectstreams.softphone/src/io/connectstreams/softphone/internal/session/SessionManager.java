/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Contact;
import io.connectstreams.api.config.SoftphoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.SoftphoneMediaInfo;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.AudioModule;
import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneErrorType;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.media.AudioStack;
import io.connectstreams.softphone.internal.signaling.CallConfig;

/**
 * Streams' {@code SoftphoneManager}: turns contact events into softphone sessions, one per agent connection, and
 * owns their life cycle and what they share: the WebRTC stack, the mute state and the signaling client. Peer
 * connections that outlive a call are the {@link PeerPool}'s, the choice of devices is {@link DeviceSelection}'s.
 * <p>
 * A session starts when a softphone voice or queue-callback contact is {@code connecting} or {@code incoming} and
 * its agent connection has not had one; it ends when the contact or the agent connection stops being active, when
 * the contact leaves the agent's snapshot, and when the far end hangs up. Unlike Streams, a stale session (its
 * contact is gone, for example a call re-routed to the same agent) is hung up without stopping the new one, and a
 * failed session is not retried on the next snapshot.
 * <p>
 * Confined to the session thread, except {@link #mute(Boolean)}, {@link #isMuted()} and {@link #sessions()}.
 */
public final class SessionManager implements SessionHost {

    private final Telemetry telemetry;
    private final Logger logger;
    private final ScheduledExecutorService executor;
    private final Executor signalingThreads;
    private final Clock clock;
    private final SessionTimings timings;
    private final AudioStack.Choice audioChoice;
    private final boolean persistentWanted;
    private final DeviceSelection devices;
    private final PeerPool pool;
    private final MuteControl mute;
    private final AtomicInteger callsWithMedia = new AtomicInteger();
    private final Map<String, SoftphoneSession> sessions = new LinkedHashMap<>();
    private final Map<String, String> started = new HashMap<>();
    private volatile List<SoftphoneSessionInfo> infos = List.of();
    private volatile AudioStack stack;
    private RuntimeException stackFailure;
    private StreamsConfiguration configuration;
    private HttpClient http;
    private SSLContext httpTrust;
    private AgentSnapshot latest;
    private boolean stopping;
    private final CompletableFuture<Void> allEnded = new CompletableFuture<>();

    /**
     * @param bus where events go
     * @param logger where to log (never secrets)
     * @param executor the session thread: every method but the mute ones runs on it
     * @param signalingThreads runs the signaling client's I/O callbacks
     * @param clock stamps sessions and statistics
     * @param timings the time limits
     * @param audioChoice which audio module
     * @param persistentWanted whether invites ask for a persistent peer connection
     * @param preferences where the device choice is kept
     */
    public SessionManager(EventBus bus, Logger logger, ScheduledExecutorService executor, Executor signalingThreads,
            Clock clock, SessionTimings timings, AudioStack.Choice audioChoice, boolean persistentWanted,
            DevicePreferences preferences) {
        this.telemetry = new Telemetry(bus);
        this.logger = logger;
        this.executor = executor;
        this.signalingThreads = signalingThreads;
        this.clock = clock;
        this.timings = timings;
        this.audioChoice = audioChoice;
        this.persistentWanted = persistentWanted;
        this.devices = new DeviceSelection(bus, logger, preferences);
        this.pool = new PeerPool(logger, timings);
        this.mute = new MuteControl(telemetry, () -> callsWithMedia.get() > 0, this::muteAudioPath);
    }

    // ---- configuration and events (session thread)

    /**
     * @param value the Streams configuration (softphone options, trust)
     */
    public void configure(StreamsConfiguration value) {
        configuration = value;
        if (softphoneOptions().enabled() && stack == null && stackFailure == null) {
            tryStack(); // warm up: the first call should not wait for the native library
        }
    }

    /**
     * A contact changed ({@code contact::init}, {@code contact::refresh}, ...).
     *
     * @param contact the contact's handle
     * @param snapshot its data at the time of the event
     */
    public void contactChanged(Contact contact, ContactSnapshot snapshot) {
        Optional<ConnectionSnapshot> agentLeg = snapshot.agentConnection();
        if (agentLeg.isEmpty() || stopping) {
            return;
        }
        String connectionId = agentLeg.get().connectionId();
        SoftphoneSession existing = sessions.get(connectionId);
        if (!snapshot.isActive() || !agentLeg.get().isActive()) {
            if (existing != null) {
                existing.hangUp("the contact is " + snapshot.state().type().wireValue());
            }
            return;
        }
        ContactStateType state = snapshot.state().type();
        SoftphoneMediaInfo media = agentLeg.get().softphoneMediaInfo();
        // a supervisor's monitoring connection (Streams' getAgentConnection() returns it too) joins a connected call
        boolean monitoring = agentLeg.get().type() == ConnectionType.MONITORING;
        boolean starting = state == ContactStateType.CONNECTING || state == ContactStateType.INCOMING
                || (monitoring && state == ContactStateType.CONNECTED);
        if (!softphoneOptions().enabled() || !snapshot.isSoftphoneCall() || media == null || !starting
                || started.containsKey(connectionId)) {
            return;
        }
        started.put(connectionId, snapshot.contactId());
        hangUpStale(connectionId);
        CallConfig config;
        try {
            config = CallConfig.parse(media.unescapedCallConfigJson());
        } catch (IllegalArgumentException e) {
            logger.warn("contact {}: no softphone session: {}", snapshot.contactId(), e.getMessage());
            telemetry.error(new SoftphoneError(SoftphoneErrorType.OTHER, "unusable call configuration: "
                    + e.getMessage(), null));
            return;
        }
        if (media.callContextToken() == null || media.callContextToken().isBlank()) {
            telemetry.error(new SoftphoneError(SoftphoneErrorType.OTHER, "the call has no call context token",
                    config.endpointForLogs()));
            return;
        }
        SoftphoneSession session = new SoftphoneSession(this, pool, telemetry, logger, executor, clock, timings,
                contact, connectionId, config, media.callContextToken(), media.autoAccept() && !monitoring);
        sessions.put(connectionId, session);
        publishInfos();
        session.start();
    }

    /**
     * @param contactId a contact that left the snapshot ({@code contact::destroyed})
     */
    public void contactDestroyed(String contactId) {
        for (SoftphoneSession session : List.copyOf(sessions.values())) {
            if (session.contactId().equals(contactId)) {
                session.hangUp("the contact was destroyed");
            }
        }
        started.values().removeIf(contactId::equals);
    }

    /**
     * The agent's whole snapshot ({@code agent::update}): sessions whose contact or agent connection is gone or
     * inactive are hung up, whichever event was lost.
     *
     * @param snapshot the snapshot
     */
    public void agentUpdated(AgentSnapshot snapshot) {
        latest = snapshot;
        for (SoftphoneSession session : List.copyOf(sessions.values())) {
            if (!activeIn(snapshot, session)) {
                session.hangUp("the contact is gone");
            }
        }
        started.entrySet().removeIf(entry -> snapshot.contacts().stream()
                .noneMatch(contact -> contact.contactId().equals(entry.getValue())));
    }

    /** The agent session ended ({@code terminated}): calls and the kept peer connection end. */
    public void agentSessionEnded() {
        List.copyOf(sessions.values()).forEach(session -> session.hangUp("the agent session ended"));
        pool.clear();
        latest = null;
    }

    /**
     * First step of stopping: every session hangs up; no new one starts.
     *
     * @return completes when every session has ended (a talking call waits for its bye's answer, at most 2 s)
     */
    public CompletableFuture<Void> beginShutdown() {
        stopping = true;
        pool.stopKeeping();
        List.copyOf(sessions.values()).forEach(session -> session.hangUp("the softphone stops"));
        if (sessions.isEmpty()) {
            allEnded.complete(null);
        }
        return allEnded;
    }

    /** Last step of stopping: the kept peer connections close, then the factory. */
    public void finishShutdown() {
        pool.clear();
        AudioStack current = stack;
        stack = null;
        devices.forget();
        if (current != null) {
            current.dispose();
        }
    }

    // ---- mute (any thread)

    /**
     * @param request {@code true}, {@code false}, or {@code null} to ask for the state
     */
    public void mute(Boolean request) {
        mute.request(request);
    }

    /**
     * @return whether the agent is muted
     */
    public boolean isMuted() {
        return mute.isMuted();
    }

    /**
     * @return the sessions that are not over (any thread)
     */
    public List<SoftphoneSessionInfo> sessions() {
        return infos;
    }

    // ---- devices (session thread)

    /**
     * @return the audio path; creates the stack
     */
    public AudioModule audioModule() {
        return stack().module();
    }

    /**
     * @return the microphones
     */
    public List<AudioDevice> microphones() {
        return stack().microphones();
    }

    /**
     * @return the speakers
     */
    public List<AudioDevice> speakers() {
        return stack().speakers();
    }

    /**
     * @return the saved microphone when present, else the system default
     */
    public Optional<AudioDevice> selectedMicrophone() {
        return devices.microphone(stack());
    }

    /**
     * @return the saved speaker when present, else the system default
     */
    public Optional<AudioDevice> selectedSpeaker() {
        return devices.speaker(stack());
    }

    /**
     * Selects, saves and applies a microphone; the mute state is untouched. Publishes
     * {@code configuration::microphone_device_changed}.
     *
     * @param deviceId a microphone id
     * @throws IllegalArgumentException for an unknown id
     */
    public void selectMicrophone(String deviceId) {
        devices.selectMicrophone(stack(), deviceId, callsWithMedia.get() > 0);
    }

    /**
     * Selects, saves and applies a speaker. Publishes {@code configuration::speaker_device_changed}.
     *
     * @param deviceId a speaker id
     * @throws IllegalArgumentException for an unknown id
     */
    public void selectSpeaker(String deviceId) {
        devices.selectSpeaker(stack(), deviceId, callsWithMedia.get() > 0);
    }

    /**
     * @param contactId a contact
     * @return its newest session, while it is not over (a contact offered again after a miss, with a new agent
     *         connection, may still have the missed connection's session until that one has hung up)
     */
    public Optional<SoftphoneSession> session(String contactId) {
        SoftphoneSession newest = null;
        for (SoftphoneSession session : sessions.values()) {
            if (session.contactId().equals(contactId)) {
                newest = session;
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * @return the kept (persistent) peer connection's peer, while there is one
     */
    public Optional<AgentPeer> keptPeer() {
        return pool.keptPeer();
    }

    // ---- SessionHost (session thread)

    @Override
    public AudioStack stack() {
        AudioStack current = stack;
        if (current != null) {
            return current;
        }
        if (stackFailure != null) {
            throw stackFailure;
        }
        return tryStack();
    }

    private AudioStack tryStack() {
        try {
            long start = System.nanoTime();
            AudioStack created = AudioStack.create(audioChoice, logger);
            logger.info("WebRTC audio started in {} ms on the {} audio module", (System.nanoTime() - start) / 1_000_000,
                    created.module());
            stack = created;
            devices.applySaved(created, callsWithMedia.get() > 0);
            return created;
        } catch (IllegalStateException e) {
            logger.error("the softphone has no audio: {}", e.getMessage());
            stackFailure = e;
            throw e;
        }
    }

    @Override
    public HttpClient http() {
        SSLContext trust = configuration == null ? null : configuration.sslContext();
        if (http == null || !Objects.equals(trust, httpTrust)) {
            HttpClient.Builder builder = HttpClient.newBuilder().executor(signalingThreads)
                    .connectTimeout(timings.signalingConnect());
            try {
                builder.sslContext(trust != null ? trust : SSLContext.getDefault());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no TLS", e);
            }
            http = builder.build();
            httpTrust = trust;
        }
        return http;
    }

    @Override
    public boolean echoCancellation() {
        return softphoneOptions().echoCancellation();
    }

    @Override
    public boolean persistentConnectionsWanted() {
        return persistentWanted;
    }

    @Override
    public MicrophoneCheck checkMicrophone() {
        AudioStack current = stack();
        devices.applySaved(current, callsWithMedia.get() > 0);
        return current.checkMicrophone(devices.microphone(current));
    }

    @Override
    public void localMediaStarted(SoftphoneSession session) {
        callsWithMedia.incrementAndGet();
    }

    @Override
    public void localMediaEnded(SoftphoneSession session) {
        if (callsWithMedia.decrementAndGet() == 0) {
            mute.reset();
        }
    }

    @Override
    public boolean muted() {
        return mute.isMuted();
    }

    @Override
    public void ended(SoftphoneSession session) {
        sessions.remove(session.agentConnectionId(), session);
        publishInfos();
        if (stopping && sessions.isEmpty()) {
            allEnded.complete(null);
        }
    }

    // ---- internals

    /** Streams' {@code sanityCheckActiveSessions}, without its throw: stale sessions end, the new one goes on. */
    private void hangUpStale(String newConnectionId) {
        for (SoftphoneSession session : List.copyOf(sessions.values())) {
            if (!session.agentConnectionId().equals(newConnectionId)
                    && (latest == null || !activeIn(latest, session))) {
                telemetry.metric(Telemetry.MULTI_SESSION_HANG_UP, session.contactId(),
                        Map.of("agentConnectionId", session.agentConnectionId()));
                session.hangUp("stale: its contact is no longer active");
            }
        }
    }

    private static boolean activeIn(AgentSnapshot snapshot, SoftphoneSession session) {
        return snapshot.contacts().stream().filter(c -> c.contactId().equals(session.contactId()))
                .anyMatch(c -> c.isActive() && c.connection(session.agentConnectionId())
                        .map(ConnectionSnapshot::isActive).orElse(false));
    }

    private void muteAudioPath(boolean muted) {
        AudioStack current = stack;
        if (current != null && current.muteAtSource(muted)) {
            return;
        }
        try {
            executor.execute(() -> sessions.values().forEach(session -> session.applyMute(muted)));
        } catch (RejectedExecutionException e) {
            // the softphone stopped: no call has media to mute; the publisher (perhaps the UI thread) must not fail
            logger.debug("softphone stopped: mute not applied to a session");
        }
    }

    private SoftphoneOptions softphoneOptions() {
        return configuration == null ? SoftphoneOptions.DEFAULT : configuration.softphone();
    }

    private void publishInfos() {
        List<SoftphoneSessionInfo> current = new ArrayList<>();
        sessions.values().forEach(session -> current.add(session.info()));
        infos = List.copyOf(current);
    }

    @Override
    public void stateChanged(SoftphoneSession session) {
        publishInfos();
    }

    /**
     * @return how long stopping waits for sessions to end
     */
    public static Duration shutdownWait() {
        return Duration.ofSeconds(3);
    }
}
