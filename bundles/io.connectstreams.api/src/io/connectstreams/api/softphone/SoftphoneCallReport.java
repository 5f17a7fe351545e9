/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

import java.time.Instant;
import java.util.List;

/**
 * The report of one softphone session, sent at its end ({@code SendSoftphoneCallReport}) and published as
 * {@code softphone_report}; field names follow rtc-js's {@code SessionReport} (the worker applies Streams'
 * renames, for example {@code handshakingTimeMillis} to {@code handshakeTimeMillis}, on the wire).
 *
 * @param callStartTime session start
 * @param callEndTime session end
 * @param gumTimeMillis microphone open time
 * @param initializationTimeMillis offer created and applied
 * @param iceCollectionTimeMillis ICE gathering
 * @param signallingConnectTimeMillis signaling socket open
 * @param handshakingTimeMillis invite to answer applied
 * @param preTalkingTimeMillis start to talking
 * @param talkingTimeMillis talking
 * @param cleanupTimeMillis clean-up
 * @param iceCollectionFailure ICE collection timed out
 * @param signallingConnectionFailure signaling could not connect
 * @param handshakingFailure invite failed
 * @param gumOtherFailure microphone unusable
 * @param gumTimeoutFailure microphone timed out
 * @param createOfferFailure offer failed
 * @param setLocalDescriptionFailure local description failed
 * @param userBusyFailure answered busy
 * @param invalidRemoteSdpFailure answer without SDP
 * @param noRemoteIceCandidateFailure answer without candidates
 * @param setRemoteDescriptionFailure remote description failed
 * @param softphoneStreamStatistics aggregate statistics: input, then output
 */
public record SoftphoneCallReport(Instant callStartTime, Instant callEndTime, long gumTimeMillis,
        long initializationTimeMillis, long iceCollectionTimeMillis, long signallingConnectTimeMillis,
        long handshakingTimeMillis, long preTalkingTimeMillis, long talkingTimeMillis, long cleanupTimeMillis,
        boolean iceCollectionFailure, boolean signallingConnectionFailure, boolean handshakingFailure,
        boolean gumOtherFailure, boolean gumTimeoutFailure, boolean createOfferFailure,
        boolean setLocalDescriptionFailure, boolean userBusyFailure, boolean invalidRemoteSdpFailure,
        boolean noRemoteIceCandidateFailure, boolean setRemoteDescriptionFailure,
        List<RtpStreamStats> softphoneStreamStatistics) {

    /** Copies the statistics. */
    public SoftphoneCallReport {
        softphoneStreamStatistics = softphoneStreamStatistics == null ? List.of()
                : List.copyOf(softphoneStreamStatistics);
    }
}
