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

import java.util.Optional;

import org.osgi.service.log.Logger;

import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.signaling.CallConfig;

/**
 * The peer connections that outlive a call (connect-rtc's persistent peer connection pool, minus its pre-warming):
 * the kept (persistent) connection, which the pool creates when an invite's answer offers one, and a peer
 * connection left by a call that failed before its answer, which the next call with the same ICE configuration
 * uses. Confined to the session thread.
 */
final class PeerPool {

    private final Logger logger;
    private final SessionTimings timings;
    private PersistentConnection persistent;
    private AgentPeer pooled;
    private boolean closed;

    PeerPool(Logger logger, SessionTimings timings) {
        this.logger = logger;
        this.timings = timings;
    }

    /**
     * @param config a call's configuration
     * @return the kept peer connection, when it is idle and fits the configuration (an idle one that does not fit
     *         is closed: it will not serve again)
     */
    Optional<PersistentConnection> idleConnection(CallConfig config) {
        if (persistent == null) {
            return Optional.empty();
        }
        if (persistent.canServe(config)) {
            return Optional.of(persistent);
        }
        if (persistent.isIdle()) {
            close(persistent, "the call configuration changed");
        }
        return Optional.empty();
    }

    /**
     * The server answered an invite with a persistent peer connection: the call's peer and signaling outlive it.
     *
     * @return the connection, attached to {@code session}; it serves only that call when the kept one is busy
     */
    PersistentConnection keep(SoftphoneSession session, CallConfig config, AgentPeer peer,
            ResumableSignaling signaling, String peerConnectionId, String peerConnectionToken) {
        PersistentConnection connection = new PersistentConnection(this, logger, timings, config, peer, signaling,
                peerConnectionId, peerConnectionToken, session.contactId());
        connection.attach(session);
        if (persistent != null && !persistent.isIdle()) {
            connection.markBroken(); // the kept one carries another call
            return connection;
        }
        if (persistent != null) {
            close(persistent, "replaced");
        }
        persistent = connection;
        return connection;
    }

    /**
     * Ends a persistent peer connection (broken, refused, or told to by the server).
     *
     * @param connection the connection
     * @param why for the log
     */
    void close(PersistentConnection connection, String why) {
        logger.debug("closing the persistent peer connection: {}", why);
        if (persistent == connection) {
            persistent = null;
        }
        connection.close(true);
    }

    /**
     * @param config a call's configuration
     * @return a peer connection left by a failed call, when it fits the configuration
     */
    Optional<AgentPeer> take(CallConfig config) {
        AgentPeer candidate = pooled;
        if (candidate == null) {
            return Optional.empty();
        }
        pooled = null;
        if (candidate.configKey().equals(config.mediaKey()) && candidate.isReusable()) {
            return Optional.of(candidate);
        }
        candidate.close();
        return Optional.empty();
    }

    /**
     * Takes back a call's peer connection that never connected: kept for the next call, or closed when one is kept
     * already or the pool is closed.
     *
     * @param peer the connection
     */
    void release(AgentPeer peer) {
        if (closed || pooled != null || !peer.isReusable()) {
            peer.close();
        } else {
            peer.setSending(false);
            peer.listener(null);
            pooled = peer;
        }
    }

    /**
     * @return the kept connection's peer, while there is one
     */
    Optional<AgentPeer> keptPeer() {
        return persistent == null ? Optional.empty() : Optional.of(persistent.peer());
    }

    /** Closes what is kept (the agent session ended); the pool keeps working. */
    void clear() {
        if (persistent != null) {
            close(persistent, "closing");
        }
        if (pooled != null) {
            pooled.close();
            pooled = null;
        }
    }

    /** The softphone stops: nothing is kept from now on. */
    void stopKeeping() {
        closed = true;
    }
}
