/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

import io.connectstreams.api.softphone.IceServer;
import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.cti.CtiModel;
import io.connectstreams.sandbox.internal.cti.CtiService;
import io.connectstreams.sandbox.internal.engine.Arns;
import io.connectstreams.sandbox.internal.engine.ContactCenter;
import io.connectstreams.sandbox.internal.engine.Directory;
import io.connectstreams.sandbox.internal.engine.EngineSettings;
import io.connectstreams.sandbox.internal.engine.Recorder;
import io.connectstreams.sandbox.internal.server.FaultInjector;
import io.connectstreams.sandbox.internal.server.SandboxServer;
import io.connectstreams.sandbox.internal.server.SelfSignedCertificate;
import io.connectstreams.sandbox.internal.signaling.CallerMedia;
import io.connectstreams.sandbox.internal.signaling.IceOptions;
import io.connectstreams.sandbox.internal.signaling.SignalingCalls;
import io.connectstreams.sandbox.internal.signaling.SignalingService;
import io.connectstreams.sandbox.internal.signaling.SignalingTimeouts;

/**
 * The embedded contact center: an HTTPS server on 127.0.0.1 that speaks the Amazon Connect CTI API
 * ({@code POST /api}), its authorization ({@code /login}, {@code /auth/authorize}, {@code /logout}), the CTI
 * WebSocket ({@code /ws}), and a control API ({@code /control}) that places calls and injects faults. Start one with
 * {@link #builder()}; {@link #close()} stops it and every thread it started.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
 *     HttpClient client = HttpClient.newBuilder().sslContext(sandbox.clientSslContext()).build();
 *     SandboxLogin login = sandbox.login("jane", "jane-sandbox");
 *     String contactId = sandbox.control().placeCall("+14255550100");
 *     ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    /** The session cookie the login page sets (Streams' {@code authCookieName} of a real instance differs). */
    public static final String SESSION_COOKIE = "lily-auth-sandbox";
    /** The path of the signaling endpoint in {@code callConfigJson}. */
    public static final String SIGNALING_PATH = "/LilyRTC";
    /** The header of the control API's key. */
    public static final String CONTROL_KEY_HEADER = "X-Sandbox-Control-Key";

    private static final System.Logger LOG = System.getLogger(Sandbox.class.getName());
    /** Held so the level set on it stays (JUL keeps loggers weakly). */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");
    private static final AtomicInteger TIMERS = new AtomicInteger();

    private final SandboxServer server;
    private final SelfSignedCertificate certificate;
    private final ScheduledThreadPoolExecutor timer;
    private final SandboxControl control;
    private final AuthService auth;
    private final String controlKey;
    private final SignalingService signaling;
    private final ContactCenter engine;

    private Sandbox(Builder builder) throws IOException {
        if (JETTY_LOG.getLevel() == null) {
            JETTY_LOG.setLevel(Level.WARNING);
        }
        certificate = builder.https ? SelfSignedCertificate.generate() : null;
        server = new SandboxServer(builder.port, certificate);
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "cs-sandbox-timer-" + TIMERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        controlKey = builder.controlKey != null ? builder.controlKey : randomKey();
        Directory directory = new Directory(new Arns("connect-streams-sandbox"), builder.queues);
        Recorder recorder = new Recorder();
        EngineSettings settings = new EngineSettings(builder.ringTimeout, builder.calleeAnswerDelay,
                builder.autoAcceptDelay, builder.turnServers, builder.relayOnly,
                () -> (isHttps() ? "wss" : "ws") + "://127.0.0.1:" + port() + SIGNALING_PATH, builder.requeueMissed);
        engine = new ContactCenter(directory, settings, recorder, timer);
        auth = new AuthService(directory, builder.tokenLifetime, builder.sessionLifetime);
        AtomicReference<CallerMedia> callerMedia = new AtomicReference<>();
        FaultInjector faults = new FaultInjector();
        control = new SandboxControl(engine, directory, auth, faults, callerMedia);
        for (AgentSpec agent : builder.agents.isEmpty() ? defaultAgents() : builder.agents) {
            control.addAgent(agent);
        }
        Map<String, Handler> mounts = new LinkedHashMap<>();
        MountContext context = new MountContext() {
            @Override
            public Server server() {
                return server.jetty();
            }

            @Override
            public SignalingCalls signalingCalls() {
                return engine;
            }

            @Override
            public void callerMedia(CallerMedia media) {
                callerMedia.set(media);
            }
        };
        if (builder.mounts.containsKey(SIGNALING_PATH)) {
            signaling = null;
        } else {
            // every sandbox serves softphone signaling and plays the caller's side of each call
            List<IceServer> iceServers = builder.turnServers.stream()
                    .map(turn -> new IceServer(turn.urls(), turn.username(), turn.credential())).toList();
            SignalingTimeouts timeouts = builder.signalingIdleTimeout == null ? SignalingTimeouts.defaults()
                    : SignalingTimeouts.defaults().withIdle(builder.signalingIdleTimeout);
            signaling = new SignalingService(engine, new IceOptions(iceServers, builder.relayOnly), timeouts,
                    Clock.systemUTC(), builder.persistentPeerConnections);
            if (builder.signalingRefused) {
                // a closed endpoint answers every upgrade with 503
                signaling.close();
            }
            context.callerMedia(signaling);
            mounts.put(SIGNALING_PATH, signaling.handler(server.jetty()));
        }
        builder.mounts.forEach((path, factory) -> mounts.put(path, factory.apply(context)));
        CtiService cti = new CtiService(CtiModel.load(), engine, auth, builder.turnServers,
                () -> URI.create((isHttps() ? "wss" : "ws") + "://127.0.0.1:" + port() + "/ws"));
        try {
            server.start(cti, faults, timer, auth, SESSION_COOKIE, control, controlKey, mounts);
        } catch (Exception e) {
            close();
            throw new IOException("the sandbox cannot listen on 127.0.0.1:" + builder.port, e);
        }
        timer.scheduleAtFixedRate(auth::sweep, 1, 1, TimeUnit.MINUTES);
        if (builder.certificateFile != null && certificate != null) {
            certificate.writePem(builder.certificateFile);
        }
        LOG.log(System.Logger.Level.INFO, "sandbox listening on {0}", baseUri());
    }

    /**
     * @return a builder with the defaults: ephemeral port, HTTPS, the {@linkplain #defaultAgents() default agents}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The demo agents: {@code jane} / {@code jane-sandbox} (Jane Doe), {@code john} / {@code john-sandbox} (John
     * Smith), {@code ana} / {@code ana-sandbox} (Ana Silva, auto-accept) and {@code max} / {@code max-sandbox} (Max
     * Mustermann, desk phone +12065550123, no outbound permission), and the supervisor {@code sam} / {@code
     * sam-sandbox} (Sam Rivera, who may also monitor and barge: {@value AgentSpec#MONITOR_PERMISSION} and
     * {@value AgentSpec#BARGE_PERMISSION}). All serve BasicQueue, Support and Sales and start Offline.
     *
     * @return the default agents
     */
    public static List<AgentSpec> defaultAgents() {
        return List.of(AgentSpec.of("jane", "jane-sandbox", "Jane Doe"),
                AgentSpec.of("john", "john-sandbox", "John Smith"),
                AgentSpec.of("ana", "ana-sandbox", "Ana Silva").withAutoAccept(true),
                AgentSpec.of("max", "max-sandbox", "Max Mustermann").withSoftphone(false, "+12065550123")
                        .withPermissions(List.of()),
                AgentSpec.of("sam", "sam-sandbox", "Sam Rivera")
                        .withPermissions(List.of("outboundCall", AgentSpec.MONITOR_PERMISSION,
                                AgentSpec.BARGE_PERMISSION)));
    }

    /**
     * @return the base URL, {@code https://127.0.0.1:<port>/} (the instance URL of a Streams configuration)
     */
    public URI baseUri() {
        return URI.create((isHttps() ? "https" : "http") + "://127.0.0.1:" + port() + "/");
    }

    /**
     * @return the port the sandbox listens on
     */
    public int port() {
        return server.port();
    }

    /**
     * @return whether the sandbox speaks HTTPS (the default)
     */
    public boolean isHttps() {
        return server.isHttps();
    }

    /**
     * @return the sandbox's self-signed certificate (SAN {@code IP:127.0.0.1}, {@code DNS:localhost}); empty over HTTP
     */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::certificate);
    }

    /**
     * @return an SSL context that trusts this sandbox's certificate and nothing else
     * @throws IllegalStateException when the sandbox runs plain HTTP
     */
    public SSLContext clientSslContext() {
        if (certificate == null) {
            throw new IllegalStateException("the sandbox runs plain HTTP");
        }
        return certificate.clientSslContext();
    }

    /**
     * @param file where to write the certificate in PEM form
     * @throws IOException when the file cannot be written
     */
    public void writeCertificatePem(Path file) throws IOException {
        if (certificate == null) {
            throw new IllegalStateException("the sandbox runs plain HTTP");
        }
        certificate.writePem(file);
    }

    /**
     * @return the key of the control API (header {@value #CONTROL_KEY_HEADER})
     */
    public String controlKey() {
        return controlKey;
    }

    /**
     * @return the control object: callers, callees, faults, recorded actions
     */
    public SandboxControl control() {
        return control;
    }

    /**
     * Signs an agent in without the login page (what {@code POST /auth/sign-in} does).
     *
     * @param username the agent's username
     * @param password its password
     * @return the session cookie
     * @throws IllegalArgumentException when the credentials are wrong
     */
    public SandboxLogin login(String username, String password) {
        return auth.login(username, password).map(session -> new SandboxLogin(SESSION_COOKIE, session))
                .orElseThrow(() -> new IllegalArgumentException("wrong username or password"));
    }

    /**
     * @return how many dropped softphone signaling sockets the sandbox's endpoint resumed (a reconnect with the
     *         client token that took over a talking call or a persistent peer connection); 0 when a handler of
     *         {@link Builder#mount(String, Function) mount} serves {@link #SIGNALING_PATH}
     */
    public int resumedSignalingSockets() {
        return signaling == null ? 0 : signaling.resumedSockets();
    }

    /**
     * Stops the server, closes held requests and WebSockets, and stops the sandbox's threads.
     */
    @Override
    public void close() {
        if (signaling != null) {
            signaling.close();
        }
        engine.releaseHeldPolls();
        server.stop();
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the sandbox timer did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Configures a sandbox.
     */
    public static final class Builder {

        private int port;
        private boolean https = true;
        private Duration tokenLifetime = Duration.ofHours(1);
        private Duration sessionLifetime = Duration.ofHours(12);
        private Duration ringTimeout = Duration.ofSeconds(30);
        private Duration calleeAnswerDelay = Duration.ofSeconds(2);
        private Duration autoAcceptDelay = Duration.ofSeconds(2);
        private final List<TurnServer> turnServers = new ArrayList<>();
        private boolean relayOnly;
        private boolean requeueMissed;
        private final List<AgentSpec> agents = new ArrayList<>();
        private List<String> queues = List.of("BasicQueue", "Support", "Sales");
        private String controlKey;
        private Path certificateFile;
        private final Map<String, Function<MountContext, Handler>> mounts = new LinkedHashMap<>();
        // the signaling endpoint's behaviour, for tests of softphones
        private boolean persistentPeerConnections = true;
        private Duration signalingIdleTimeout;
        private boolean signalingRefused;

        private Builder() {
        }

        /**
         * @param value the port on 127.0.0.1, 0 (the default) for an ephemeral one
         * @return this
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = value;
            return this;
        }

        /**
         * Serves plain HTTP instead of HTTPS (for clients that cannot trust a certificate; WebSocket URLs become
         * {@code ws://}).
         *
         * @return this
         */
        public Builder plainHttp() {
            this.https = false;
            return this;
        }

        /**
         * @param value how long an access token from {@code /auth/authorize} is valid (default 1 h)
         * @return this
         */
        public Builder tokenLifetime(Duration value) {
            this.tokenLifetime = positive(value, "tokenLifetime");
            return this;
        }

        /**
         * @param value how long a sign-in session and a refresh token are valid (default 12 h)
         * @return this
         */
        public Builder sessionLifetime(Duration value) {
            this.sessionLifetime = positive(value, "sessionLifetime");
            return this;
        }

        /**
         * @param value how long an offered contact rings before it is missed (default 30 s)
         * @return this
         */
        public Builder ringTimeout(Duration value) {
            this.ringTimeout = positive(value, "ringTimeout");
            return this;
        }

        /**
         * Whether a contact that rings out unanswered goes back to its queue, as in Amazon Connect, instead of
         * ending (the default, off). With it, the agent still sees the contact {@code missed} and is put in
         * {@code MissedCallAgent}; the caller stays on the line; the missed agent connection's softphone media ends
         * with a server {@code bye}; and the next available agent (the same one once it is routable again) is
         * offered the same contact id with a new agent connection and new softphone tokens. The fourth miss of a
         * contact ends it (three re-routes at most). A rejected contact still ends.
         *
         * @param value re-queue missed contacts
         * @return this
         */
        public Builder requeueMissed(boolean value) {
            this.requeueMissed = value;
            return this;
        }

        /**
         * @param value how long a dialed party takes to answer by itself (default 2 s)
         * @return this
         */
        public Builder calleeAnswerDelay(Duration value) {
            this.calleeAnswerDelay = positive(value, "calleeAnswerDelay");
            return this;
        }

        /**
         * Dialed parties answer only when the control API says so ({@link SandboxControl#answer(String)}).
         *
         * @return this
         */
        public Builder calleesAnswerManually() {
            this.calleeAnswerDelay = null;
            return this;
        }

        /**
         * @param value how long an auto-accept agent's offered contact rings before the sandbox accepts it (default
         *            2 s)
         * @return this
         */
        public Builder autoAcceptDelay(Duration value) {
            this.autoAcceptDelay = Objects.requireNonNull(value, "autoAcceptDelay");
            return this;
        }

        /**
         * @param server a TURN server handed to softphones (none by default)
         * @return this
         */
        public Builder turnServer(TurnServer server) {
            turnServers.add(Objects.requireNonNull(server, "server"));
            return this;
        }

        /**
         * @param value whether {@code callConfigJson} asks for relay-only ICE ({@code "iceTransportPolicy":"relay"})
         * @return this
         */
        public Builder relayOnly(boolean value) {
            this.relayOnly = value;
            return this;
        }

        /**
         * Adds an agent; when any is added, the default agents are left out.
         *
         * @param spec the agent
         * @return this
         */
        public Builder agent(AgentSpec spec) {
            agents.add(Objects.requireNonNull(spec, "spec"));
            return this;
        }

        /**
         * @param names every queue of the instance (default BasicQueue, Support, Sales)
         * @return this
         */
        public Builder queues(List<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("queues: at least one");
            }
            this.queues = List.copyOf(names);
            return this;
        }

        /**
         * @param key the control API's key (default: random)
         * @return this
         */
        public Builder controlKey(String key) {
            if (key == null || key.length() < 8) {
                throw new IllegalArgumentException("controlKey: at least 8 characters");
            }
            this.controlKey = key;
            return this;
        }

        /**
         * @param file where to write the certificate (PEM) once started
         * @return this
         */
        public Builder certificateFile(Path file) {
            this.certificateFile = file;
            return this;
        }

        /**
         * Mounts a Jetty handler at a path (it gets that path and everything below it), for example the signaling
         * endpoint at {@link Sandbox#SIGNALING_PATH}. The factory runs while the sandbox starts.
         *
         * @param path a path such as {@code /LilyRTC}
         * @param factory makes the handler from the sandbox's server and engine
         * @return this
         */
        public Builder mount(String path, Function<MountContext, Handler> factory) {
            if (path == null || !path.startsWith("/") || path.endsWith("/") || path.equals("/api")
                    || path.equals("/ws") || path.startsWith("/control")) {
                throw new IllegalArgumentException("mount path must start with / and not clash with the sandbox's");
            }
            mounts.put(path, Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /**
         * @param value whether the signaling endpoint gives invites that ask for a persistent peer connection one
         *            (default true); without, every call has its own socket and caller peer, as a server without
         *            persistent peer connections
         * @return this
         */
        public Builder persistentPeerConnections(boolean value) {
            this.persistentPeerConnections = value;
            return this;
        }

        /**
         * @param value the signaling endpoint closes a socket without any traffic for this long, as a dropped one
         *            (default 10 min)
         * @return this
         */
        public Builder signalingIdleTimeout(Duration value) {
            this.signalingIdleTimeout = positive(value, "signalingIdleTimeout");
            return this;
        }

        /**
         * The signaling endpoint refuses every WebSocket upgrade (503), as a server that is down for maintenance.
         *
         * @return this
         */
        public Builder refuseSignaling() {
            this.signalingRefused = true;
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         * @throws IOException when it cannot listen
         */
        public Sandbox start() throws IOException {
            return new Sandbox(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
