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

import java.lang.System.Logger.Level;
import java.util.Optional;

import io.connectstreams.sandbox.internal.media.CallerAudioEngine;
import io.connectstreams.sandbox.internal.media.CallerPeer;
import io.connectstreams.sandbox.internal.media.MediaException;

/**
 * A supervisor's media on a monitored call: the supervisor hears the caller and the agent (the agent's received
 * audio is mixed into what {@link CallerAudioEngine#monitors()} sends), and while it barges the caller and the
 * agent hear it (its received audio is mixed into what {@link CallerAudioEngine#shared()} sends, and the caller's
 * meter of the supervisor runs). A silent supervisor is heard by nobody.
 * <p>
 * The engine tells mode switches on its own threads; they only flip mixes, which are thread-safe. Once
 * {@link #stop()} has run, later switches change nothing.
 */
final class MonitorMedia {

    private static final System.Logger LOG = System.getLogger(MonitorMedia.class.getName());

    private final String label;
    private final CallerPeer supervisor;
    private final Optional<CallerPeer> agent;
    private boolean barging;
    private boolean stopped;

    private MonitorMedia(String label, CallerPeer supervisor, Optional<CallerPeer> agent) {
        this.label = label;
        this.supervisor = supervisor;
        this.agent = agent;
    }

    /**
     * Starts the mixes of a supervisor's new peer.
     *
     * @param service finds the agent's peer of the contact
     * @param call the monitoring connection
     * @param supervisor the caller's peer that serves the supervisor
     * @return the running media
     */
    static MonitorMedia start(SignalingService service, MediaCall call, CallerPeer supervisor) {
        Optional<CallerPeer> agent = service.agentPeer(call.contactId());
        MonitorMedia media = new MonitorMedia(call.agentConnectionId(), supervisor, agent);
        supervisor.stopMeasuring(); // the caller hears a silent supervisor not at all
        if (agent.isEmpty()) {
            LOG.log(Level.DEBUG, "monitor {0}: the agent has no media yet; the supervisor hears the caller only",
                    media.label);
        }
        agent.ifPresent(peer -> media.mix(Mix.AGENT_TO_SUPERVISOR, true));
        try {
            call.onBargeChange(media::bargeChanged);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "monitor " + media.label + ": onBargeChange() failed", e);
        }
        return media;
    }

    /** Ends the mixes; the peer is released by the session. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (barging) {
            mix(Mix.SUPERVISOR_TO_AGENT, false);
        }
        if (agent.isPresent()) {
            mix(Mix.AGENT_TO_SUPERVISOR, false);
        }
    }

    private synchronized void bargeChanged(boolean barge) {
        if (stopped || barge == barging) {
            return;
        }
        barging = barge;
        mix(Mix.SUPERVISOR_TO_AGENT, barge);
        if (barge) {
            supervisor.measureAnew();
        } else {
            supervisor.stopMeasuring();
        }
    }

    private void mix(Mix which, boolean on) {
        try {
            if (which == Mix.AGENT_TO_SUPERVISOR) {
                CallerAudioEngine.monitors().mix(agent.orElseThrow().heard(), on);
            } else {
                CallerAudioEngine.shared().mix(supervisor.heard(), on);
            }
        } catch (MediaException e) {
            // no engine, no media: the peers fail on their own
            LOG.log(Level.DEBUG, "monitor {0}: no mix: {1}", label, e.getMessage());
        }
    }

    private enum Mix {
        /** The agent's audio into what the supervisors hear. */
        AGENT_TO_SUPERVISOR,
        /** A barging supervisor's audio into what the agents hear. */
        SUPERVISOR_TO_AGENT
    }
}
