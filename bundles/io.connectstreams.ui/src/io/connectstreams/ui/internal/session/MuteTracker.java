package io.connectstreams.ui.internal.session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.softphone.Softphone;

/**
 * The agent's local mute, for the toggle-mute command: the softphone's own state when a {@link Softphone} service
 * runs in this runtime, else the last {@code agent::mute_toggle} announced on the bus (whoever changed it: the view,
 * the key binding, the API or the softphone resetting it after a call). Signed out means unmuted.
 * <p>
 * Why the softphone first: the bus delivers each {@code agent::mute_toggle} to its subscribers one after the other,
 * the all-event handlers (among them the bridge that brings it to the view) before this class's handler. On a busy
 * machine the view could show "Muted" while this class still said unmuted, and the agent's Ctrl+Alt+M right then
 * muted again instead of unmuting. The softphone changes its state before it announces it, so its state is never
 * behind what the view shows.
 */
@Component(service = MuteTracker.class, immediate = true)
public final class MuteTracker {

    private final Subscription toggles;
    private final Subscription status;
    private volatile boolean muted;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Softphone softphone;

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
     * @return whether the agent is muted: the softphone's state if there is a softphone (this may wait for a mute
     *         request being handled on another thread: do not call it on the UI thread), else whether the last
     *         {@code agent::mute_toggle} said muted
     */
    public boolean isMuted() {
        Softphone phone = softphone;
        return phone != null ? phone.isMuted() : muted;
    }

    @Deactivate
    void close() {
        toggles.close();
        status.close();
    }
}
