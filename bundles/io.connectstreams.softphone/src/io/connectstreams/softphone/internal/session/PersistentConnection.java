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

import org.osgi.service.log.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.onvoid.webrtc.RTCPeerConnectionState;
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.signaling.CallConfig;
import io.connectstreams.softphone.internal.signaling.Json;
import io.connectstreams.softphone.internal.signaling.SignalingChannel;

/**
 * A kept peer connection (connect-rtc's persistent peer connection): the agent's peer connection and signaling
 * channel outlive the call that created them, and each further contact is attached with {@code connectContact} and
 * detached with {@code disconnectContact}. Besides saving the offer, ICE and invite of every call, it keeps
 * webrtc-java 0.14.0 from leaking a peer connection's native memory per call.
 * <p>
 * While idle the microphone track is disabled. The server's {@code bye} ends the attached contact only; its
 * {@code PCBye}, a refused contact (403), a failed media connection or a socket that cannot be resumed end the
 * connection. Confined to the session thread.
 */
final class PersistentConnection implements ResumableSignaling.Owner, AgentPeer.Listener {

    private final PeerPool pool;
    private final Logger logger;
    private final SessionTimings timings;
    private final CallConfig config;
    private final AgentPeer peer;
    private final ResumableSignaling signaling;
    private final String peerConnectionId;
    private final String peerConnectionToken;
    private SoftphoneSession attached;
    private String lastContactId;
    private boolean broken;
    private boolean closed;

    PersistentConnection(PeerPool pool, Logger logger, SessionTimings timings, CallConfig config, AgentPeer peer,
            ResumableSignaling signaling, String peerConnectionId, String peerConnectionToken, String firstContactId) {
        this.pool = pool;
        this.logger = logger;
        this.timings = timings;
        this.config = config;
        this.peer = peer;
        this.signaling = signaling;
        this.peerConnectionId = peerConnectionId;
        this.peerConnectionToken = peerConnectionToken;
        this.lastContactId = firstContactId;
        signaling.owner(this);
        signaling.callId(firstContactId);
        peer.listener(this);
    }

    AgentPeer peer() {
        return peer;
    }

    ResumableSignaling signaling() {
        return signaling;
    }

    /**
     * @param other a call's configuration
     * @return whether the connection can carry that call now: idle, usable, same endpoint and ICE configuration
     */
    boolean canServe(CallConfig other) {
        return attached == null && !broken && !closed && signaling.isOpen()
                && config.signalingEndpoint().equals(other.signalingEndpoint())
                && config.mediaKey().equals(other.mediaKey());
    }

    boolean isIdle() {
        return attached == null;
    }

    /**
     * @param contactId a contact
     * @return the parameters that name this connection: {@code contactId}, {@code peerConnectionId},
     *         {@code peerConnectionToken}
     */
    JsonObject ids(String contactId) {
        JsonObject params = new JsonObject();
        params.addProperty("contactId", contactId);
        params.addProperty("peerConnectionId", peerConnectionId);
        params.addProperty("peerConnectionToken", peerConnectionToken);
        return params;
    }

    void attach(SoftphoneSession session) {
        attached = session;
        lastContactId = session.contactId();
        signaling.callId(lastContactId); // a resumed socket names the contact it serves
    }

    /** The attached session ended: the connection waits for the next contact, or closes when it is unusable. */
    void detach(SoftphoneSession session) {
        if (attached != session) {
            return;
        }
        attached = null;
        peer.setSending(false);
        if (broken || !signaling.isOpen()) {
            pool.close(this, broken ? "unusable" : "signaling closed");
        }
    }

    void markBroken() {
        broken = true;
    }

    /**
     * Ends the connection: an attached call ends with it; the server is told ({@code bye}, then the socket closes)
     * when the socket is open and {@code sayBye}; the peer connection closes.
     *
     * @param sayBye whether to send {@code bye}
     */
    void close(boolean sayBye) {
        if (closed) {
            return;
        }
        closed = true;
        SoftphoneSession current = attached;
        attached = null;
        if (current != null) {
            current.signalingLost("the persistent peer connection ended");
        }
        if (sayBye && signaling.isOpen()) {
            JsonObject params = ids(lastContactId);
            params.addProperty("persistentConnection", true);
            // goes out before the close frame; nobody waits for the answer
            signaling.request("bye", params, timings.bye());
        }
        signaling.close();
        peer.close();
    }

    @Override
    public void remoteBye(String contactId) {
        SoftphoneSession current = attached;
        if (current != null && (contactId == null || contactId.equals(current.contactId()))) {
            current.remoteHangUp(); // else a contact already detached
        }
    }

    @Override
    public void request(SignalingChannel.Request request) {
        if (!"PCBye".equals(request.method())) {
            logger.debug("persistent peer connection: ignored signaling method {}", request.method());
            return;
        }
        JsonElement id = request.message().get("peerConnectionId");
        String named = id != null && id.isJsonPrimitive() ? id.getAsString()
                : Json.string(request.params(), "peerConnectionId");
        if (peerConnectionId.equals(named)) {
            logger.info("the server ended the persistent peer connection");
            pool.close(this, "PCBye");
        }
    }

    @Override
    public boolean resumes() {
        return true; // whichever contact is attached, or none
    }

    @Override
    public void lost(String why) {
        if (!closed) {
            pool.close(this, why);
        }
    }

    @Override
    public void connectionChanged(AgentPeer from, RTCPeerConnectionState state) {
        if (state == RTCPeerConnectionState.FAILED && !closed) {
            broken = true;
            logger.info("the persistent peer connection's media failed");
            if (attached == null) {
                pool.close(this, "media failed");
            }
        }
    }

    @Override
    public String toString() {
        return "PersistentConnection[" + peerConnectionId + (attached == null ? ", idle" : ", " + attached.contactId())
                + "]";
    }
}
