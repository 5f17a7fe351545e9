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

import java.util.List;
import java.util.Optional;
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
     * @return Streams' {@code isSilentMonitor()}: this supervisor connection listens silently
     */
    default boolean isSilentMonitor() {
        return toSnapshot().isSilentMonitor();
    }

    /**
     * @return Streams' {@code isBarge()}: this supervisor connection takes part in the call
     */
    default boolean isBarge() {
        return toSnapshot().isBarge();
    }

    /**
     * @return the current monitoring mode, empty when this connection does not monitor; Streams'
     *         {@code getMonitorStatus()}
     */
    default Optional<MonitoringMode> getMonitorStatus() {
        return Optional.ofNullable(toSnapshot().monitorStatus());
    }

    /**
     * @return the modes a supervisor may switch this monitoring to; Streams' {@code getMonitorCapabilities()}
     */
    default List<MonitoringMode> getMonitorCapabilities() {
        return toSnapshot().monitorCapabilities();
    }

    /**
     * @return whether silent monitoring is allowed; Streams' {@code isSilentMonitorEnabled()}
     */
    default boolean isSilentMonitorEnabled() {
        return getMonitorCapabilities().contains(MonitoringMode.SILENT_MONITOR);
    }

    /**
     * @return whether barging in is allowed; Streams' {@code isBargeEnabled()}
     */
    default boolean isBargeEnabled() {
        return getMonitorCapabilities().contains(MonitoringMode.BARGE);
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
