/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AuthEvent;
import io.connectstreams.api.event.BackendError;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.event.WebSocketEvents;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.worker.internal.agent.Actions;
import io.connectstreams.worker.internal.agent.AgentHandle;
import io.connectstreams.worker.internal.agent.AgentStore;
import io.connectstreams.worker.internal.agent.EventDeriver;
import io.connectstreams.worker.internal.agent.HandleContext;
import io.connectstreams.worker.internal.cti.AuthToken;
import io.connectstreams.worker.internal.cti.Authorizer;
import io.connectstreams.worker.internal.cti.CtiHttpBackend;
import io.connectstreams.worker.internal.cti.CtiOperation;
import io.connectstreams.worker.internal.cti.CtiTransport;
import io.connectstreams.worker.internal.cti.ExchangeDeadline;

/**
 * One signed-in agent session: Streams' SharedWorker {@code ClientEngine} and {@code AgentDataProvider} in one
 * object. It authorizes, long-polls the snapshot, reloads the configuration, refreshes the token before it expires,
 * recovers from 401s by re-authorizing (and always resumes polling, which Streams does not), and publishes every
 * event on the bus. Snapshot events are published on the session's one event thread, in Streams' order.
 * {@link #terminate()} stops every thread and timer it started and fails pending actions.
 */
public final class Session {

    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final StreamsConfiguration configuration;
    private final EventBus bus;
    private final Logger logger;
    private final Tuning tuning;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor events;
    private volatile HttpClient client;
    private final Authorizer authorizer;
    private final CtiTransport transport;
    private final ContactCenterBackend backend;
    private final AgentStore store = new AgentStore();
    private final Actions actions;
    private final AgentHandle agent;
    private final EventDeriver deriver;
    private final SnapshotPoller poller;
    private final ConfigurationLoader configurationLoader;
    private final CtiWebSocket webSocket;
    private final CompletableFuture<Agent> initialized = new CompletableFuture<>();
    private final AtomicBoolean reauthorizing = new AtomicBoolean();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private volatile ConnectionStatus status = ConnectionStatus.SIGNED_OUT;
    private volatile boolean terminated;
    private SnapshotResult latestSnapshot;
    private AgentConfiguration latestConfiguration;

    /**
     * @param configuration the instance and options
     * @param credentials how to obtain the token
     * @param http the service's HTTP client (shared by its sessions)
     * @param bus where events go
     * @param logger where the session logs (never secrets)
     * @param tuning the schedule
     * @param clock the local clock
     */
    public Session(StreamsConfiguration configuration, Credentials credentials, SharedHttpClient http, EventBus bus,
            Logger logger, Tuning tuning, Clock clock) {
        this.configuration = configuration;
        this.bus = bus;
        this.logger = logger;
        this.tuning = tuning;
        this.clock = clock;
        int id = SESSIONS.incrementAndGet();
        events = new ScheduledThreadPoolExecutor(1, threads("cs-worker-" + id + "-events"));
        events.setRemoveOnCancelPolicy(true);
        client = http.client(configuration);
        authorizer = new Authorizer(client, configuration.authorizeEndpoint(), credentials,
                configuration.timeouts().authorize(), clock);
        transport = new CtiTransport(client, configuration.apiEndpoint(), authorizer::current,
                configuration.timeouts().action(), tuning.maxResponseBytes(),
                metric -> bus.trigger(EventType.API_METRIC, metric), new AuthFailures());
        backend = new CtiHttpBackend(transport);
        actions = new Actions(configuration.timeouts().action(), events);
        HandleContext context = new HandleContext(bus, backend, actions, store, clock);
        agent = new AgentHandle(context);
        deriver = new EventDeriver(context, agent);
        // the watchdog fires one action timeout after the transport's own deadline (long poll + action) has passed
        poller = new SnapshotPoller(backend, events, tuning, configuration.timeouts().longPoll(),
                configuration.timeouts().longPoll().plus(configuration.timeouts().action().multipliedBy(2)),
                this::onSnapshot, this::onPollFailure);
        configurationLoader = new ConfigurationLoader(backend);
        webSocket = new CtiWebSocket(backend, client, events, bus, logger, agent, clock, tuning.webSocketHeartbeat(),
                configuration.timeouts().connect());
    }

    /**
     * Authorizes and starts polling.
     *
     * @return completes with the agent on {@code agent::init}
     */
    public CompletionStage<Agent> start() {
        subscriptions.add(bus.subscribe(EventType.RELOAD_AGENT_CONFIGURATION,
                event -> events.execute(this::loadConfiguration)));
        subscriptions.add(bus.respond(EventType.REQUEST_CONFIGURE, request -> configuration));
        subscriptions.add(bus.subscribe(WebSocketEvents.SEND, String.class, webSocket::send));
        subscriptions.add(bus.subscribe(WebSocketEvents.SUBSCRIBE, event -> {
            if (event.data() instanceof List<?> topics) {
                webSocket.subscribe(topics.stream().map(String::valueOf).toList());
            }
        }));
        setStatus(ConnectionStatus.CONNECTING, "signing in");
        // Streams' CRM sends its softphone and ringtone parameters with "configure"; parts started later ask with
        // "request_configure"
        bus.trigger(EventType.CONFIGURE, configuration);
        events.schedule(() -> initialized.completeExceptionally(
                new RequestTimeoutException("initialization", tuning.initDeadline())),
                tuning.initDeadline().toMillis(), TimeUnit.MILLISECONDS);
        authorizer.authorize().whenComplete((token, failure) -> events.execute(() -> {
            if (failure != null) {
                StreamsException cause = streamsException(failure, "authorize");
                setStatus(ConnectionStatus.SIGNED_OUT, "sign-in refused: " + cause.getMessage());
                bus.trigger(EventType.AUTH_FAIL, new AuthEvent(true, cause.getMessage()));
                initialized.completeExceptionally(cause);
                signOut("sign-in refused: " + cause.getMessage());
                return;
            }
            bus.trigger(EventType.AUTHORIZE_SUCCESS, new AuthEvent(true, null));
            poller.start();
            webSocket.start();
            loadConfiguration();
            events.scheduleWithFixedDelay(this::loadConfiguration, tuning.configurationInterval().toMillis(),
                    tuning.configurationInterval().toMillis(), TimeUnit.MILLISECONDS);
            events.scheduleWithFixedDelay(this::checkToken, tuning.tokenCheckInterval().toMillis(),
                    tuning.tokenCheckInterval().toMillis(), TimeUnit.MILLISECONDS);
        }));
        return initialized;
    }

    /**
     * @return the agent handle (its getters fail until the first snapshot)
     */
    public Agent agent() {
        return agent;
    }

    /**
     * @return the latest data and contact handles
     */
    public AgentStore store() {
        return store;
    }

    /**
     * @return the back end this session calls
     */
    public ContactCenterBackend backend() {
        return backend;
    }

    /**
     * @return the link state
     */
    public ConnectionStatus status() {
        return status;
    }

    /**
     * @return whether {@link #terminate()} ran
     */
    public boolean isTerminated() {
        return terminated;
    }

    /**
     * Streams' logout recipe: sets the agent offline when it can, ends the login session at the instance, and
     * terminates. Each step has a timeout; failures do not stop the next step.
     *
     * @param credentials the session's credentials, for the instance's logout page
     * @return completes when the session is over
     */
    public CompletionStage<Void> logout(Credentials credentials) {
        CompletableFuture<Void> offline = store.peek().flatMap(s -> s.configuration().agentStates().stream()
                .filter(state -> state.type() == AgentStateType.OFFLINE).findFirst())
                .map(state -> agent.setState(state).toCompletableFuture().exceptionally(e -> null))
                .orElse(CompletableFuture.completedFuture(null));
        return offline.thenCompose(done -> endLoginSession(credentials)).whenComplete((v, e) -> terminate());
    }

    /**
     * Stops polling and timers, fails pending actions and publishes {@code terminated}. Idempotent.
     */
    public void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        poller.stop();
        webSocket.close();
        transport.close();
        authorizer.close();
        client = null;
        actions.terminate();
        subscriptions.forEach(Subscription::close);
        initialized.completeExceptionally(new TerminatedException("initialization"));
        events.shutdownNow();
        setStatus(ConnectionStatus.SIGNED_OUT, "terminated");
        bus.trigger(EventType.TERMINATED, null);
    }

    private CompletableFuture<Void> endLoginSession(Credentials credentials) {
        HttpClient http = client;
        if (!(credentials instanceof Credentials.SessionCookie cookie) || http == null) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(configuration.logoutEndpoint()).timeout(configuration.timeouts().action())
                    .header("Cookie", cookie.name() + "=" + cookie.value()).GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null); // a cookie no header can carry: no login session to end
        }
        return ExchangeDeadline.bound(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()),
                configuration.timeouts().action()).handle((response, failure) -> null);
    }

    private void onSnapshot(SnapshotResult snapshot) {
        latestSnapshot = snapshot;
        if (status != ConnectionStatus.CONNECTED && latestConfiguration != null) {
            setStatus(ConnectionStatus.CONNECTED, "snapshots arrive");
        }
        publish();
    }

    private void onPollFailure(Throwable failure) {
        StreamsException cause = streamsException(failure, CtiOperation.GET_AGENT_SNAPSHOT.wireName());
        report(CtiOperation.GET_AGENT_SNAPSHOT.wireName(), cause);
        if (status == ConnectionStatus.CONNECTED) {
            setStatus(ConnectionStatus.RECONNECTING, cause.getMessage());
        }
    }

    private void loadConfiguration() {
        if (terminated) {
            return;
        }
        configurationLoader.load().whenComplete((loaded, failure) -> events.execute(() -> {
            if (terminated) {
                return;
            }
            if (failure != null) {
                report(CtiOperation.GET_AGENT_CONFIGURATION.wireName(),
                        streamsException(failure, CtiOperation.GET_AGENT_CONFIGURATION.wireName()));
                return;
            }
            boolean first = latestConfiguration == null;
            boolean changed = !loaded.equals(latestConfiguration);
            latestConfiguration = loaded;
            if (first && latestSnapshot != null) {
                setStatus(ConnectionStatus.CONNECTED, "snapshots arrive");
            }
            if (changed) {
                publish();
            }
        }));
    }

    /** Joins the latest snapshot and configuration as Streams' {@code updateAgent()} does, then derives events. */
    private void publish() {
        if (latestSnapshot == null || latestConfiguration == null || terminated) {
            return;
        }
        List<ContactSnapshot> contacts = latestSnapshot.contacts().stream().sorted(Comparator.comparing(
                (ContactSnapshot c) -> c.state().timestamp(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        AgentSnapshot snapshot = new AgentSnapshot(latestSnapshot.state(), latestSnapshot.nextState(),
                latestSnapshot.availability(), latestSnapshot.snapshotTimestamp(), clock.instant(), contacts,
                latestConfiguration);
        if (deriver.apply(snapshot)) {
            initialized.complete(agent);
        }
    }

    /** Streams' {@code checkAuthToken}: refresh with back-off when less than the margin remains. */
    private void checkToken() {
        AuthToken token = authorizer.current();
        if (token == null || terminated) {
            return;
        }
        Instant now = clock.instant();
        if (!authorizer.canRefresh()) {
            if (!token.expiration().isAfter(now)) {
                bus.trigger(EventType.AUTH_FAIL, new AuthEvent(true, "the provided access token expired"));
                signOut("the provided access token expired");
            }
            return;
        }
        if (token.expiration().isBefore(now.plus(tuning.tokenRefreshMargin()))) {
            logger.info("the token expires at {}: refreshing it", token.expiration());
            reauthorize(new Backoff(tuning.refreshBackoffBase(), Duration.ofMinutes(10)), tuning.refreshRetries(),
                    EventType.AUTHORIZE_RETRIES_EXHAUSTED);
        }
    }

    /**
     * Obtains a new token with back-off; one at a time. On success polling goes on with it; when every try fails,
     * the agent is signed out.
     */
    private void reauthorize(Backoff backoff, int retries, String exhaustedEvent) {
        if (!reauthorizing.compareAndSet(false, true)) {
            return;
        }
        attemptAuthorize(backoff, 0, retries, exhaustedEvent);
    }

    private void attemptAuthorize(Backoff backoff, int attempt, int retries, String exhaustedEvent) {
        if (terminated) {
            reauthorizing.set(false);
            return;
        }
        authorizer.authorize().whenComplete((token, failure) -> events.execute(() -> {
            if (terminated) {
                reauthorizing.set(false);
                return;
            }
            if (failure == null) {
                reauthorizing.set(false);
                logger.info("authorized again; the token expires at {}", token.expiration());
                bus.trigger(EventType.AUTHORIZE_SUCCESS, new AuthEvent(true, null));
                return;
            }
            StreamsException cause = streamsException(failure, "authorize");
            if (attempt < retries && !(cause instanceof UnauthorizedException)) {
                Duration delay = backoff.delay(attempt);
                events.schedule(() -> attemptAuthorize(backoff, attempt + 1, retries, exhaustedEvent),
                        delay.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            reauthorizing.set(false);
            bus.trigger(EventType.AUTH_FAIL, new AuthEvent(true, cause.getMessage()));
            bus.trigger(exhaustedEvent, new AuthEvent(true, cause.getMessage()));
            signOut("authorization failed: " + cause.getMessage());
        }));
    }

    private void signOut(String reason) {
        logger.warn("signed out: {}", reason);
        poller.stop();
        setStatus(ConnectionStatus.SIGNED_OUT, reason);
        terminate();
    }

    private void report(String operation, StreamsException cause) {
        logger.warn("{} failed: {} ({})", operation, cause.getMessage(), cause.errorType());
        bus.trigger(StreamsEvents.BACKEND_ERROR,
                new BackendError(operation, cause.errorType(), cause.getMessage(), cause.statusCode()));
    }

    private synchronized void setStatus(ConnectionStatus next, String reason) {
        ConnectionStatus old = status;
        if (old == next) {
            return;
        }
        status = next;
        logger.info("connection status {} -> {}: {}", old, next, reason);
        bus.trigger(StreamsEvents.CONNECTION_STATUS, new ConnectionStatusChange(old, next, reason));
    }

    private static StreamsException streamsException(Throwable failure, String operation) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StreamsException streams) {
            return streams;
        }
        return new StreamsException("ClientError", operation + " failed: " + cause.getClass().getSimpleName(), 0,
                cause);
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Streams' per-call 401/403 handling, plus re-authorization after a 401 and resumed polling. */
    private final class AuthFailures implements CtiTransport.AuthListener {

        @Override
        public void unauthorized(CtiOperation operation, boolean budgetExhausted) {
            events.execute(() -> {
                if (terminated) {
                    return;
                }
                if (status == ConnectionStatus.CONNECTED) {
                    setStatus(ConnectionStatus.RECONNECTING, operation.wireName() + " was refused (401)");
                }
                if (budgetExhausted) {
                    bus.trigger(EventType.AUTH_FAIL, new AuthEvent(false, "401 answers exhausted the retry budget"));
                    bus.trigger(EventType.CTI_AUTHORIZE_RETRIES_EXHAUSTED, new AuthEvent(false, null));
                    signOut("every call was refused with 401");
                } else if (authorizer.canRefresh()) {
                    reauthorize(new Backoff(tuning.reauthorizeBackoffBase(), Duration.ofSeconds(30)),
                            tuning.reauthorizeRetries(), EventType.CTI_AUTHORIZE_RETRIES_EXHAUSTED);
                } else {
                    bus.trigger(EventType.AUTH_FAIL, new AuthEvent(false, "the provided access token was refused"));
                    signOut("the provided access token was refused");
                }
            });
        }

        @Override
        public void accessDenied(CtiOperation operation, boolean budgetExhausted) {
            events.execute(() -> {
                if (terminated) {
                    return;
                }
                bus.trigger(EventType.ACCESS_DENIED, new AuthEvent(false, operation.wireName() + " was denied"));
                if (budgetExhausted) {
                    signOut("every call was denied with 403");
                }
            });
        }
    }
}
