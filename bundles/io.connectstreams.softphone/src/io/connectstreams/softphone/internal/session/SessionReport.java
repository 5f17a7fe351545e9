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

import java.time.Instant;
import java.util.List;

import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;

/**
 * Collects rtc-js's {@code SessionReport} timings and failure flags during a session; milliseconds, -1 when a step
 * did not happen. Confined to the session thread.
 */
final class SessionReport {

    Instant start;
    Instant end;
    long gumMillis = -1;
    long initializationMillis = -1;
    long iceCollectionMillis = -1;
    long signallingConnectMillis = -1;
    long handshakingMillis = -1;
    long preTalkingMillis = -1;
    long talkingMillis = -1;
    long cleanupMillis = -1;
    boolean iceCollectionFailure;
    boolean signallingConnectionFailure;
    boolean handshakingFailure;
    boolean gumOtherFailure;
    boolean createOfferFailure;
    boolean setLocalDescriptionFailure;
    boolean userBusyFailure;
    boolean invalidRemoteSdpFailure;
    boolean noRemoteIceCandidateFailure;
    boolean setRemoteDescriptionFailure;

    SoftphoneCallReport toReport(List<RtpStreamStats> aggregates) {
        return new SoftphoneCallReport(start, end, gumMillis, initializationMillis, iceCollectionMillis,
                signallingConnectMillis, handshakingMillis, preTalkingMillis, talkingMillis, cleanupMillis,
                iceCollectionFailure, signallingConnectionFailure, handshakingFailure, gumOtherFailure, false,
                createOfferFailure, setLocalDescriptionFailure, userBusyFailure, invalidRemoteSdpFailure,
                noRemoteIceCandidateFailure, setRemoteDescriptionFailure, aggregates);
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
