/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

/**
 * Why a ringtone stopped: the {@code reason} of {@code Ringtone Stop}. A contact event that stops a ringtone gives
 * its own name without {@code contact::} ({@code accepted}, {@code connected}, {@code ended}, {@code destroyed},
 * {@code refresh}, {@code pending}, {@code connecting}); the others are these.
 */
public final class StopReason {

    /** The safety net: the contact is no longer in the agent's snapshot, and no event said so. */
    public static final String CONTACT_GONE = "contact_gone";

    /** The safety net: the agent's snapshot shows the contact no longer ringing, and no event said so. */
    public static final String AGENT_REFRESH = "agent_refresh";

    /** It rang for {@link RingtoneSettings#maxRingTime()}. */
    public static final String MAX_RING_TIME = "max_ring_time";

    /** The configuration now disables this ringtone. */
    public static final String DISABLED = "disabled";

    /** Playback failed and its retries were exhausted. */
    public static final String PLAYBACK_FAILURE = "playback_failure";

    /** There is no output device. */
    public static final String UNAVAILABLE = "unavailable";

    /** The service stopped. */
    public static final String DEACTIVATED = "deactivated";

    private StopReason() {
    }

    /**
     * @param contactEvent a global contact event name
     * @return its reason: the name without {@code contact::}
     */
    public static String of(String contactEvent) {
        return contactEvent.substring(contactEvent.indexOf("::") + 2);
    }
}
