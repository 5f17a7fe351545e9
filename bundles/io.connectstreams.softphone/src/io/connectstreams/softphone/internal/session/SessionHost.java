package io.connectstreams.softphone.internal.session;

import java.net.http.HttpClient;
import java.util.Optional;

import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.media.AudioStack;
import io.connectstreams.softphone.internal.signaling.CallConfig;

/**
 * What a {@link SoftphoneSession} needs from the softphone that runs it: the WebRTC stack, the signaling client,
 * the kept peer connections, and the bookkeeping of local media. Called on the session thread only.
 */
interface SessionHost {

    /**
     * @return the WebRTC stack, created on first use
     * @throws IllegalStateException when webrtc-java is unavailable
     */
    AudioStack stack();

    /**
     * @return the HTTP client of the current configuration (its SSL context)
     */
    HttpClient http();

    /**
     * @return the opposite of Streams' {@code disableEchoCancellation}
     */
    boolean echoCancellation();

    /**
     * @return whether invites ask for a persistent peer connection
     */
    boolean persistentConnectionsWanted();

    /**
     * @return Streams' microphone check, on the selected microphone
     */
    MicrophoneCheck checkMicrophone();

    /**
     * @param config a call's configuration
     * @return the kept peer connection, when it is idle and fits the configuration
     */
    Optional<PersistentConnection> idlePersistentConnection(CallConfig config);

    /**
     * @param config a call's configuration
     * @return a peer connection left by a failed call, when it fits the configuration
     */
    Optional<AgentPeer> takePooledPeer(CallConfig config);

    /**
     * Takes back a peer connection of a session that no longer needs it: kept for the next call when reusable,
     * closed otherwise.
     *
     * @param peer the connection
     */
    void releasePeer(AgentPeer peer);

    /**
     * The server answered an invite with a persistent peer connection: peer and channel outlive the session.
     *
     * @param connection the connection, attached to the session that created it
     */
    void adopt(PersistentConnection connection);

    /**
     * Ends a persistent peer connection (broken, refused, or told to by the server).
     *
     * @param connection the connection
     * @param why for the log
     */
    void closePersistent(PersistentConnection connection, String why);

    /**
     * @param session a session that has opened the microphone
     */
    void localMediaStarted(SoftphoneSession session);

    /**
     * @param session a session whose local media ended
     */
    void localMediaEnded(SoftphoneSession session);

    /**
     * @return whether the agent is muted now
     */
    boolean muted();

    /**
     * @param session a session whose state changed
     */
    void stateChanged(SoftphoneSession session);

    /**
     * @param session a session that reached a final state
     */
    void ended(SoftphoneSession session);
}
