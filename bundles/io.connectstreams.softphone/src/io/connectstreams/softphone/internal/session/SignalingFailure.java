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

import java.util.concurrent.CompletionException;

import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.softphone.internal.signaling.SignalingError;

/**
 * What a failed signaling step means for a call, as connect-rtc decides it, the same on a call's own peer
 * connection and on a kept (persistent) one: the socket that cannot be opened is {@code Signalling Connection
 * Failure}; an answer of 486 is {@code User Busy}, of 404 {@code Call Not Found}; every other error, a 403
 * included, no answer in time and a socket that closed before the answer are {@code Signalling Handshake Failure}
 * (connect-rtc's {@code InviteAnswerState}, and its {@code TalkingState} for a refused contact on a persistent
 * connection). A 403 also means the server no longer accepts the peer connection: it must not carry another call.
 *
 * @param reason connect-rtc's failure reason
 * @param flag the call report's failure flag it sets
 * @param connectionBroken whether the peer connection (a kept one included) must not carry another call
 */
public record SignalingFailure(SoftphoneFailureReason reason, ReportFlag flag, boolean connectionBroken) {

    /** The call report's failure flags a signaling failure sets (connect-rtc's). */
    public enum ReportFlag {
        /** {@code signallingConnectionFailure}. */
        SIGNALLING_CONNECTION,
        /** {@code userBusyFailure} and {@code handshakingFailure}. */
        USER_BUSY,
        /** {@code handshakingFailure}. */
        HANDSHAKING;

        void set(SessionReport report) {
            switch (this) {
                case SIGNALLING_CONNECTION -> report.signallingConnectionFailure = true;
                case USER_BUSY -> {
                    report.userBusyFailure = true;
                    report.handshakingFailure = true;
                }
                case HANDSHAKING -> report.handshakingFailure = true;
            }
        }
    }

    private static final SignalingFailure HANDSHAKE = new SignalingFailure(
            SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE, ReportFlag.HANDSHAKING, false);

    /**
     * @param failure what a signaling future failed with (wrapped or not)
     * @return what it means for the call
     */
    public static SignalingFailure of(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof SignalingError error)) {
            return HANDSHAKE;
        }
        return switch (error.kind()) {
            case UNREACHABLE, REFUSED_ENDPOINT -> new SignalingFailure(
                    SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE, ReportFlag.SIGNALLING_CONNECTION, false);
            case ERROR_RESPONSE -> switch (error.code()) {
                case 486 -> new SignalingFailure(SoftphoneFailureReason.USER_BUSY, ReportFlag.USER_BUSY, false);
                case 404 -> new SignalingFailure(SoftphoneFailureReason.CALL_NOT_FOUND, ReportFlag.HANDSHAKING,
                        false);
                case 403 -> new SignalingFailure(SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE,
                        ReportFlag.HANDSHAKING, true);
                default -> HANDSHAKE;
            };
            case TIMEOUT, CLOSED -> HANDSHAKE;
        };
    }
}
