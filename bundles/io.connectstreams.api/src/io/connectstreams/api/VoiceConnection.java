/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

import java.util.concurrent.CompletionStage;

import io.connectstreams.api.model.MediaType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.SoftphoneMediaInfo;

/**
 * A voice party; Streams' {@code connect.VoiceConnection} (alias {@code connect.Connection}).
 * <p>
 * {@link #isMute()} is the <em>server-side</em> mute of this participant ({@code MuteParticipant}), which is not
 * the agent's local mute ({@link Agent#mute()}).
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface VoiceConnection extends Connection {

    /**
     * @return Streams' {@code getMediaInfo()}, the softphone media data
     */
    default SoftphoneMediaInfo getMediaInfo() {
        return getSoftphoneMediaInfo();
    }

    /**
     * @return Streams' {@code getMediaType()}: always {@link MediaType#SOFTPHONE}
     */
    default MediaType getMediaType() {
        return MediaType.SOFTPHONE;
    }

    /**
     * @return the quick connect used to dial it, may be {@code null}; Streams' {@code getQuickConnectName()}
     */
    default String getQuickConnectName() {
        return toSnapshot().quickConnectName();
    }

    /**
     * @return whether the server mutes this participant; Streams' {@code isMute()}
     */
    default boolean isMute() {
        return toSnapshot().mute();
    }

    /**
     * @return whether a supervisor forced that mute; Streams' {@code isForcedMute()}
     */
    default boolean isForcedMute() {
        return toSnapshot().forcedMute();
    }

    /**
     * @return Streams' {@code isSilentMonitor()}
     */
    default boolean isSilentMonitor() {
        return MonitoringMode.SILENT_MONITOR.wireValue().equals(toSnapshot().monitorStatus());
    }

    /**
     * @return Streams' {@code isBarge()}
     */
    default boolean isBarge() {
        return MonitoringMode.BARGE.wireValue().equals(toSnapshot().monitorStatus());
    }

    /**
     * @return Streams' {@code muteParticipant()} ({@code MuteParticipant})
     */
    CompletionStage<Void> muteParticipant();

    /**
     * @return Streams' {@code unmuteParticipant()} ({@code UnmuteParticipant})
     */
    CompletionStage<Void> unmuteParticipant();
}
