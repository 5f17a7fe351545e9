/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One call's softphone media leg, as the routing engine exposes it to the signaling endpoint. The engine owns the
 * contact state; the signaling endpoint owns the WebSocket, the JSON-RPC exchange and the caller's media peer.
 */
public interface MediaCall {

    /**
     * @return the contact id (the signaling {@code callId})
     */
    String contactId();

    /**
     * @return the agent connection the softphone session belongs to
     */
    String agentConnectionId();

    /**
     * @return whether this is a supervisor's monitoring connection ({@link #agentConnectionId()} is then the
     *         monitoring connection's id): its session is kept apart from the agent's, and its media mixes the
     *         agent in, and the supervisor into the agent's media while it barges
     */
    default boolean monitoring() {
        return false;
    }

    /**
     * Registers what runs when a supervisor's monitoring connection switches between silent monitoring
     * ({@code false}) and barge ({@code true}): at once with the current mode, then on every switch, until media
     * ends. Agent connections never switch.
     *
     * @param barging told the mode
     */
    default void onBargeChange(Consumer<Boolean> barging) {
        // an agent's connection is always heard
    }

    /**
     * @return a fault injected for this call's {@code invite} (answered with a JSON-RPC error, or never answered),
     *         or empty for a normal answer
     */
    Optional<InviteFault> inviteFault();

    /**
     * The softphone sent {@code accept}: media is up.
     */
    void mediaStarted();

    /**
     * Media ended: the softphone sent {@code bye}, or the socket closed.
     *
     * @param reason why, for logs and the control API
     */
    void mediaEnded(String reason);

    /**
     * Registers what the engine runs when the caller hangs up: the endpoint then sends the server {@code bye} and
     * stops the caller's media.
     *
     * @param sendBye sends the server {@code bye}; safe to call more than once
     */
    void onCallerHangUp(Runnable sendBye);

    /**
     * A JSON-RPC error the endpoint answers an {@code invite} with, or no answer at all.
     *
     * @param code the JSON-RPC error code (486 busy, 404 call not found, 403, 500, ...), or 0 to never answer
     * @param message the error message
     */
    record InviteFault(int code, String message) {

        /** The invite is never answered (the softphone's 5 s answer timeout fires). */
        public static final InviteFault NO_ANSWER = new InviteFault(0, "no answer");
    }
}
