/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one owner of the agent's local mute (Streams' softphone manager, minus its two ways of losing the state).
 * A {@code mute} request is handled on the requesting thread: the state changes, the audio path is told (the
 * virtual microphone silences its next 10 ms frame; tracks of the platform module are disabled on the session
 * thread) and {@code agent::mute_toggle} goes out before the request returns. As in Streams, a request while no
 * call has media changes nothing and is answered with the current state; when the last call's media ends the state
 * resets to unmuted, with the event. Server-side participant mute never reaches this class.
 */
final class MuteControl {

    private final Telemetry telemetry;
    private final BooleanSupplier callHasMedia;
    private final Consumer<Boolean> audioPath;
    private boolean muted;

    /**
     * @param telemetry publishes {@code mute_toggle}
     * @param callHasMedia whether some call has local media now
     * @param audioPath silences or restores the outgoing audio
     */
    MuteControl(Telemetry telemetry, BooleanSupplier callHasMedia, Consumer<Boolean> audioPath) {
        this.telemetry = telemetry;
        this.callHasMedia = callHasMedia;
        this.audioPath = audioPath;
    }

    /**
     * @param mute {@code true}, {@code false}, or {@code null} to ask for the state
     */
    synchronized void request(Boolean mute) {
        if (mute != null && mute != muted && callHasMedia.getAsBoolean()) {
            muted = mute;
            audioPath.accept(mute);
        }
        telemetry.muteToggle(muted);
    }

    synchronized boolean isMuted() {
        return muted;
    }

    /** The last call's media ended. */
    synchronized void reset() {
        if (muted) {
            muted = false;
            audioPath.accept(false);
        }
        telemetry.muteToggle(false);
    }
}
