package io.connectstreams.ui.internal.session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;

/**
 * The agent's local mute as last announced on the bus ({@code agent::mute_toggle}, whoever changed it: the view,
 * the key binding, the API or the softphone resetting it after a call), for the toggle-mute command. Signed out
 * means unmuted.
 */
@Component(service = MuteTracker.class, immediate = true)
public final class MuteTracker {

    private final Subscription toggles;
    private final Subscription status;
    private volatile boolean muted;

    /**
     * @param bus the event bus
     */
    @Activate
    public MuteTracker(@Reference EventBus bus) {
        toggles = bus.subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class, toggle -> muted = toggle.muted());
        status = bus.subscribe(StreamsEvents.CONNECTION_STATUS, ConnectionStatusChange.class, change -> {
            if (change.newStatus() == ConnectionStatus.SIGNED_OUT) {
                muted = false;
            }
        });
    }

    /**
     * @return whether the last {@code agent::mute_toggle} said muted
     */
    public boolean isMuted() {
        return muted;
    }

    @Deactivate
    void close() {
        toggles.close();
        status.close();
    }
}
