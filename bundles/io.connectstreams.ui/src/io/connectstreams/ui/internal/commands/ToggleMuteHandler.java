/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.commands;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;

/**
 * {@link io.connectstreams.ui.AgentCommands#TOGGLE_MUTE}: {@code agent.unmute()} if the softphone says the agent is
 * muted, else {@code agent.mute()}; enabled while a voice contact is connected. The softphone owns the mute state
 * (it changes it before it announces {@code agent::mute_toggle}, so it is never behind the view's button); without a
 * softphone nothing can mute, and the command mutes.
 */
public final class ToggleMuteHandler extends AgentHandler {

    private final ServiceTracker<Softphone, Softphone> softphone;

    /** Tracks the softphone. */
    public ToggleMuteHandler() {
        super(Messages.Command_toggleMute);
        softphone = new ServiceTracker<>(FrameworkUtil.getBundle(ToggleMuteHandler.class).getBundleContext(),
                Softphone.class, null);
        softphone.open();
    }

    @Override
    Optional<ContactSnapshot> target(AgentSnapshot agent) {
        return ContactStates.connectedVoice(agent);
    }

    // runs in a job: isMuted() may wait for a mute request being handled on another thread
    @Override
    CompletionStage<?> run(Agent agent, Contact contact) {
        Softphone phone = softphone.getService();
        if (phone != null && phone.isMuted()) {
            agent.unmute();
        } else {
            agent.mute();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void dispose() {
        softphone.close();
        super.dispose();
    }
}
