package io.connectstreams.ui.internal;

import io.connectstreams.api.event.EventTopics;

/**
 * The EventAdmin topics the view listens to, as compile-time constants for {@code @UIEventTopic}; each is
 * {@link EventTopics#of(String)} of a bus event name (a test checks they agree).
 */
public final class Topics {

    /** {@code agent::refresh}, payload {@code Agent}. */
    public static final String AGENT_REFRESH = EventTopics.AGENT_REFRESH;

    /** {@code agent::mute_toggle}, payload {@code MuteToggle}. */
    public static final String AGENT_MUTE_TOGGLE = EventTopics.AGENT_MUTE_TOGGLE;

    /** {@code streams::connection_status}, payload {@code ConnectionStatusChange}. */
    public static final String CONNECTION_STATUS = EventTopics.PREFIX + "streams/connection_status"; //$NON-NLS-1$

    /** {@code contact::connecting} (an inbound voice call offered), payload {@code Contact}. */
    public static final String CONTACT_CONNECTING = EventTopics.PREFIX + "contact/connecting"; //$NON-NLS-1$

    /** {@code contact::incoming} (a queue callback offered), payload {@code Contact}. */
    public static final String CONTACT_INCOMING = EventTopics.PREFIX + "contact/incoming"; //$NON-NLS-1$

    /** {@code softphone_stats}, payload {@code SoftphoneStats}. */
    public static final String SOFTPHONE_STATS = EventTopics.PREFIX + "softphone_stats"; //$NON-NLS-1$

    /** {@code streams::softphone_live_stats} (each second of a talking call), payload {@code SoftphoneStats}. */
    public static final String SOFTPHONE_LIVE_STATS = EventTopics.PREFIX + "streams/softphone_live_stats"; //$NON-NLS-1$

    private Topics() {
    }
}
