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

/**
 * Formats durations as the CCP shows them: {@code 04:09} under an hour, {@code 1:02:03} above.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * @param duration a duration, {@code null} or negative for none
     * @return {@code mm:ss} or {@code h:mm:ss}
     */
    public static String clock(Duration duration) {
        long seconds = duration == null || duration.isNegative() ? 0 : duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) //$NON-NLS-1$
                : String.format("%02d:%02d", minutes, rest); //$NON-NLS-1$
    }
}
