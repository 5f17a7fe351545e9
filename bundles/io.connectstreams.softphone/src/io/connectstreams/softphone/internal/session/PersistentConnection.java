package io.connectstreams.softphone.internal.session;

import java.util.concurrent.ScheduledExecutorService;

import org.osgi.service.log.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.onvoid.webrtc.RTCPeerConnectionState;
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.signaling.CallConfig;
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
final class PersistentConnection implements SignalingChannel.Listener, AgentPeer.Listener {

    private final SessionHost host;
    private final Logger logger;
    private final ScheduledExecutorService executor;
    private final SessionTimings timings;
    private final CallConfig config;
    private final AgentPeer peer;
    private final String peerConnectionId;
    private final String peerConnectionToken;
    private SignalingChannel channel;
    private SoftphoneSession attached;
    private String lastContactId;
    private String clientToken;
    private boolean broken;
    private boolean closed;

    PersistentConnection(SessionHost host, Logger logger, ScheduledExecutorService executor, SessionTimings timings,
            CallConfig config, AgentPeer peer, SignalingChannel channel, String peerConnectionId,
            String peerConnectionToken, String firstContactId) {
        this.host = host;
        this.logger = logger;
        this.executor = executor;
        this.timings = timings;
        this.config = config;
        this.peer = peer;
        this.channel = channel;
        this.peerConnectionId = peerConnectionId;
        this.peerConnectionToken = peerConnectionToken;
        this.lastContactId = firstContactId;
        channel.listener(this);
        peer.listener(this);
    }

    AgentPeer peer() {
        return peer;
    }

    SignalingChannel channel() {
        return channel;
    }

    /**
     * @param other a call's configuration
     * @return whether the connection can carry that call now: idle, usable, same endpoint and ICE configuration
     */
    boolean canServe(CallConfig other) {
        return attached == null && !broken && !closed && channel.isOpen()
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
    }

    /** The attached session ended: the connection waits for the next contact, or closes when it is unusable. */
    void detach(SoftphoneSession session) {
        if (attached != session) {
            return;
        }
        attached = null;
        peer.setSending(false);
        if (broken || !channel.isOpen()) {
            host.closePersistent(this, broken ? "unusable" : "signaling closed");
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
        if (sayBye && channel.isOpen()) {
            JsonObject params = ids(lastContactId);
            params.addProperty("persistentConnection", true);
            // goes out before the close frame; nobody waits for the answer
            channel.request("bye", params, timings.bye());
        }
        channel.close();
        peer.close();
    }

    @Override
    public void request(SignalingChannel from, SignalingChannel.Request request) {
        if (from != channel) {
            return;
        }
        switch (request.method()) {
            case "bye" -> {
                String contactId = SoftphoneSession.string(request.params(), "contactId");
                SoftphoneSession current = attached;
                if (current != null && (contactId == null || contactId.equals(current.contactId()))) {
                    current.remoteHangUp(from, request.id());
                } else if (!request.id().isJsonNull()) {
                    from.reply(request.id(), new JsonObject()); // a contact already detached
                }
            }
            case "renewClientToken" -> {
                String token = SoftphoneSession.string(request.params(), "clientToken");
                if (token != null) {
                    clientToken = token;
                }
            }
            case "PCBye" -> {
                JsonElement id = request.message().get("peerConnectionId");
                String named = id != null && id.isJsonPrimitive() ? id.getAsString()
                        : SoftphoneSession.string(request.params(), "peerConnectionId");
                if (peerConnectionId.equals(named)) {
                    logger.info("the server ended the persistent peer connection");
                    host.closePersistent(this, "PCBye");
                }
            }
            default -> logger.debug("persistent peer connection: ignored signaling method {}", request.method());
        }
    }

    @Override
    public void closed(SignalingChannel from, int statusCode, String reason) {
        if (from != channel || closed) {
            return;
        }
        if (clientToken == null) {
            host.closePersistent(this, "signaling closed (" + statusCode + ")");
            return;
        }
        // resume with the client token, whichever contact is attached
        SignalingChannel.open(host.http(), SignalingUris.reconnect(config, lastContactId, clientToken),
                config.endpointForLogs(), this, executor, executor, timings.signalingConnect(),
                timings.signalingAttempts(), logger).whenCompleteAsync((opened, failed) -> {
                    if (closed || channel != from) {
                        if (opened != null) {
                            opened.close();
                        }
                        return;
                    }
                    if (failed != null) {
                        host.closePersistent(this, "signaling closed and did not reconnect");
                    } else {
                        logger.debug("persistent peer connection: signaling reconnected");
                        channel = opened;
                        opened.start();
                    }
                }, executor);
    }

    @Override
    public void connectionChanged(AgentPeer from, RTCPeerConnectionState state) {
        if (state == RTCPeerConnectionState.FAILED && !closed) {
            broken = true;
            logger.info("the persistent peer connection's media failed");
            if (attached == null) {
                host.closePersistent(this, "media failed");
            }
        }
    }

    @Override
    public String toString() {
        return "PersistentConnection[" + peerConnectionId + (attached == null ? ", idle" : ", " + attached.contactId())
                + "]";
    }
}
