package io.connectstreams.ui.internal.commands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.connectstreams.api.Agent;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.session.MuteTracker;

/**
 * {@link io.connectstreams.ui.AgentCommands#TOGGLE_MUTE}: {@code agent.unmute()} if the agent is muted (the
 * softphone's state, else the last {@code agent::mute_toggle}: {@link MuteTracker}), else {@code agent.mute()};
 * enabled while a voice contact is connected.
 */
public final class ToggleMuteHandler extends AgentHandler {

    private final ServiceTracker<MuteTracker, MuteTracker> mute;

    /** Tracks the mute state. */
    public ToggleMuteHandler() {
        super(Messages.Command_toggleMute);
        mute = new ServiceTracker<>(FrameworkUtil.getBundle(ToggleMuteHandler.class).getBundleContext(),
                MuteTracker.class, null);
        mute.open();
    }

    @Override
    boolean appliesTo(Agent agent) {
        return ContactStates.connectedVoice(agent).isPresent();
    }

    @Override
    CompletionStage<?> run(Agent agent) {
        MuteTracker tracker = mute.getService();
        if (tracker != null && tracker.isMuted()) {
            agent.unmute();
        } else {
            agent.mute();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void dispose() {
        mute.close();
        super.dispose();
    }
}
