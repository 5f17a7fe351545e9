/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

/**
 * How bus events appear on OSGi EventAdmin (and so on the e4 {@code IEventBroker}): the topic is
 * {@code io/connectstreams/} followed by the event name with {@code ::} replaced by {@code /}, and every character
 * that is not a letter, digit, {@code -} or {@code _} replaced by {@code _}. The payload is under {@link #DATA}
 * (the key e4's {@code @UIEventTopic} reads) and the original name under {@link #EVENT_NAME}.
 * <p>
 * Example: {@code agent::mute_toggle} is posted on {@code io/connectstreams/agent/mute_toggle};
 * {@code contact::connected::<id>} on {@code io/connectstreams/contact/connected/<id>}.
 * <p>
 * The constants are compile-time constants, so e4's {@code @UIEventTopic} and {@code @EventTopic} can name them; each
 * equals {@link #of(String)} of its event name.
 */
public final class EventTopics {

    /** Prefix of every topic. */
    public static final String PREFIX = "io/connectstreams/";

    /** The event property holding the payload; equal to e4's {@code IEventBroker.DATA}. */
    public static final String DATA = "org.eclipse.e4.data";

    /** The event property holding the bus event name. */
    public static final String EVENT_NAME = "io.connectstreams.event.name";

    /** Every event. */
    public static final String ALL = PREFIX + "*";

    /** Every agent event ({@code agent::*}). */
    public static final String AGENT_ALL = PREFIX + "agent/*";

    /** {@code agent::refresh}. */
    public static final String AGENT_REFRESH = PREFIX + "agent/refresh";

    /** {@code agent::state_change}. */
    public static final String AGENT_STATE_CHANGE = PREFIX + "agent/state_change";

    /** {@code agent::mute_toggle}. */
    public static final String AGENT_MUTE_TOGGLE = PREFIX + "agent/mute_toggle";

    /** {@code agent::softphone_error}. */
    public static final String AGENT_SOFTPHONE_ERROR = PREFIX + "agent/softphone_error";

    /** Every global contact event ({@code contact::<event>}) and scoped ones below them. */
    public static final String CONTACT_ALL = PREFIX + "contact/*";

    /** {@code contact::connecting} (an inbound voice call offered, or a callback dialing), payload {@code Contact}. */
    public static final String CONTACT_CONNECTING = PREFIX + "contact/connecting";

    /** {@code contact::incoming} (a queue callback offered), payload {@code Contact}. */
    public static final String CONTACT_INCOMING = PREFIX + "contact/incoming";

    /** {@code softphone_stats} (Streams' batch of softphone statistics), payload {@code SoftphoneStats}. */
    public static final String SOFTPHONE_STATS = PREFIX + "softphone_stats";

    /** {@code streams::connection_status}, payload {@code ConnectionStatusChange}. */
    public static final String CONNECTION_STATUS = PREFIX + "streams/connection_status";

    /** {@code streams::softphone_live_stats} (each second of a talking call), payload {@code SoftphoneStats}. */
    public static final String SOFTPHONE_LIVE_STATS = PREFIX + "streams/softphone_live_stats";

    /** {@code streams::dial_refused} (click-to-dial refused a number), payload {@code NumberRefusedException}. */
    public static final String DIAL_REFUSED = PREFIX + "streams/dial_refused";

    /** Every event of this project's own namespace ({@code streams::*}). */
    public static final String STREAMS_ALL = PREFIX + "streams/*";

    private EventTopics() {
    }

    /**
     * @param eventName a bus event name
     * @return its EventAdmin topic
     */
    public static String of(String eventName) {
        StringBuilder topic = new StringBuilder(PREFIX.length() + eventName.length() + 1);
        topic.append(PREFIX);
        int tokenStart = topic.length();
        for (int i = 0; i < eventName.length(); i++) {
            char c = eventName.charAt(i);
            if (c == ':' && i + 1 < eventName.length() && eventName.charAt(i + 1) == ':') {
                closeToken(topic, tokenStart);
                topic.append('/');
                tokenStart = topic.length();
                i++;
            } else if (c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                topic.append(c);
            } else {
                topic.append('_');
            }
        }
        closeToken(topic, tokenStart);
        return topic.toString();
    }

    // an OSGi topic token must not be empty
    private static void closeToken(StringBuilder topic, int tokenStart) {
        if (topic.length() == tokenStart) {
            topic.append('_');
        }
    }
}
