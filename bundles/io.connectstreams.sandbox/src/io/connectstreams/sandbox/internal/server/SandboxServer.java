/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.cti.CtiService;
import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * The Jetty server of the sandbox: one connector on 127.0.0.1 (TLS with the generated certificate, or plain HTTP
 * when asked), a named daemon thread pool, the {@link Router}, and Jetty's own errors as JSON
 * ({@link JsonErrorHandler}). Long polls hold no thread, so the default pool
 * of 200 threads serves thousands of waiting agents.
 */
public final class SandboxServer {

    /** Longer than the longest long poll (60 s), so a held request never times out first. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);
    private static final int MAX_THREADS = 200;
    private static final long MAX_WS_TEXT = 64 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final SelfSignedCertificate certificate;

    /**
     * @param port the port, 0 for an ephemeral one
     * @param certificate the TLS identity, {@code null} for plain HTTP
     */
    public SandboxServer(int port, SelfSignedCertificate certificate) {
        this.certificate = certificate;
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8);
        pool.setName("cs-sandbox-http");
        pool.setDaemon(true);
        server = new Server(pool, new ScheduledExecutorScheduler("cs-sandbox-jetty-timer", true), null);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (certificate != null) {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStore(certificate.keyStore());
            tls.setKeyStorePassword(certificate.keyStorePassword());
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(2000);
    }

    /**
     * @return the Jetty server (for handlers mounted at a path that need it, such as a WebSocket endpoint)
     */
    public Server jetty() {
        return server;
    }

    /**
     * Starts serving.
     *
     * @param cti the CTI service
     * @param faults the CTI faults to inject
     * @param timer runs delayed requests
     * @param auth sessions and tokens
     * @param cookieName the session cookie's name
     * @param control the control API's implementation
     * @param controlKey the control API's key
     * @param mounts handlers mounted at paths
     * @throws Exception when Jetty cannot start (port in use, ...)
     */
    public void start(CtiService cti, FaultInjector faults, ScheduledExecutorService timer, AuthService auth,
            String cookieName, SandboxControl control, String controlKey, Map<String, Handler> mounts)
            throws Exception {
        WebSocketUpgradeHandler webSocket = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofSeconds(60));
            container.setMaxTextMessageSize(MAX_WS_TEXT);
            container.setMaxBinaryMessageSize(MAX_WS_TEXT);
            container.addMapping("/ws", (request, response, callback) -> {
                String token = AuthHandler.parseForm(String.valueOf(request.getHttpURI().getQuery())).get("token");
                Optional<String> agent = auth.webSocketUser(token);
                if (agent.isEmpty()) {
                    Http.ctiError(response, CtiException.accessDenied("The WebSocket URL is not valid"), callback);
                    return null;
                }
                return new CtiWebSocket(agent.get(), faults);
            });
        });
        AllowedHosts hosts = new AllowedHosts(connector.getHost(), connector::getLocalPort, certificate != null);
        server.setHandler(new Router(hosts, new CtiHandler(cti, faults, timer), webSocket,
                new ControlHandler(control, controlKey), new AuthHandler(auth, cookieName, certificate != null),
                mounts));
        server.start();
    }

    /**
     * @return the port the connector listens on
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * @return whether the connector speaks TLS
     */
    public boolean isHttps() {
        return certificate != null;
    }

    /**
     * Stops serving; held requests are closed.
     */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            System.getLogger(SandboxServer.class.getName()).log(System.Logger.Level.WARNING,
                    "stopping the sandbox server failed", e);
        }
    }
}
