/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import io.connectstreams.ui.internal.Messages;

/**
 * The ring countdown of an offered contact, the one computation the card and the notification share: the seconds
 * left of the ring time (preference {@code ringTimeoutSeconds}) after it has rung for a while.
 */
public final class RingCountdown {

    private RingCountdown() {
    }

    /**
     * @param ringTimeout how long an offered contact rings before it is missed
     * @param ringing how long it has rung
     * @return the whole seconds left, never negative
     */
    public static long secondsLeft(Duration ringTimeout, Duration ringing) {
        return Math.max(0, ringTimeout.minus(ringing).toSeconds());
    }

    /**
     * @param ringTimeout how long an offered contact rings before it is missed
     * @param ringing how long it has rung
     * @return the countdown in words ("Rings for 12 s")
     */
    public static String text(Duration ringTimeout, Duration ringing) {
        return NLS.bind(Messages.Card_countdown, Long.valueOf(secondsLeft(ringTimeout, ringing)));
    }
}
