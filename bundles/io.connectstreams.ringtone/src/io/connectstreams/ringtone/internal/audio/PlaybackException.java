/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal.audio;

/**
 * A ringtone cannot play: no device, a device that refuses the line or stops taking audio, or a ringtone file
 * that cannot be read. The message is the reason reported to the application; it never holds a URL's query or
 * user information.
 */
public final class PlaybackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean noDevice;

    /**
     * @param reason the reason, for people
     * @param noDevice whether there is no output device at all, so retrying cannot help
     * @param cause the underlying failure, may be {@code null}
     */
    public PlaybackException(String reason, boolean noDevice, Throwable cause) {
        super(reason, cause);
        this.noDevice = noDevice;
    }

    /**
     * @return whether there is no output device at all
     */
    public boolean isNoDevice() {
        return noDevice;
    }
}
