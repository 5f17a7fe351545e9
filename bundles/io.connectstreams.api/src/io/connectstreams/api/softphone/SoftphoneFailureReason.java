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

import java.util.Optional;

import io.connectstreams.api.model.WireLookup;
import io.connectstreams.api.model.WireValue;

/**
 * Why a softphone session failed, with connect-rtc-js's {@code RTC_ERRORS} strings, and how Streams turns each into
 * a {@link SoftphoneErrorType} ({@code publishSoftphoneFailureLogs}).
 */
public enum SoftphoneFailureReason implements WireValue {
    /** No ICE candidate within the 8 s collection timeout. */
    ICE_COLLECTION_TIMEOUT("Ice Collection Timeout"),
    /** The invite was answered 486 busy. */
    USER_BUSY("User Busy"),
    /** The invite got an error or no answer within 5 s. */
    SIGNALLING_HANDSHAKE_FAILURE("Signalling Handshake Failure"),
    /** The microphone did not open in time. */
    GUM_TIMEOUT_FAILURE("GUM Timeout Failure"),
    /** There is no usable microphone. */
    GUM_OTHER_FAILURE("GUM Other Failure"),
    /** The signaling WebSocket could not be opened. */
    SIGNALLING_CONNECTION_FAILURE("Signalling Connection Failure"),
    /** The invite was answered 404; the call is gone. */
    CALL_NOT_FOUND("Call Not Found"),
    /** The answer SDP was refused. */
    SET_REMOTE_DESCRIPTION_FAILURE("Set Remote Description Failure"),
    /** The offer could not be created. */
    CREATE_OFFER_FAILURE("Create Offer Failure"),
    /** The local description was refused. */
    SET_LOCAL_DESCRIPTION_FAILURE("Set Local Description Failure"),
    /** The answer had no SDP. */
    INVALID_REMOTE_SDP("Invalid Remote SDP"),
    /** The answer had no ICE candidate. */
    NO_REMOTE_ICE_CANDIDATE("No Remote ICE Candidate"),
    /** The signaling server refused the call context (403). */
    ACCESS_DENIED("Access Denied"),
    /** A reason this version does not know. */
    UNKNOWN(null);

    private static final WireLookup<SoftphoneFailureReason> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    SoftphoneFailureReason(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * @param wire an rtc-js reason string
     * @return the matching constant, {@link #UNKNOWN} for anything else
     */
    public static SoftphoneFailureReason fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }

    /**
     * @return the softphone error Streams publishes for this reason; empty for {@link #CALL_NOT_FOUND}, which the
     *         CCP handles without an error
     */
    public Optional<SoftphoneErrorType> errorType() {
        return switch (this) {
            case ICE_COLLECTION_TIMEOUT -> Optional.of(SoftphoneErrorType.ICE_COLLECTION_TIMEOUT);
            case USER_BUSY -> Optional.of(SoftphoneErrorType.USER_BUSY_ERROR);
            case SIGNALLING_HANDSHAKE_FAILURE -> Optional.of(SoftphoneErrorType.SIGNALLING_HANDSHAKE_FAILURE);
            case GUM_TIMEOUT_FAILURE, GUM_OTHER_FAILURE -> Optional.of(SoftphoneErrorType.MICROPHONE_NOT_SHARED);
            case SIGNALLING_CONNECTION_FAILURE -> Optional.of(SoftphoneErrorType.SIGNALLING_CONNECTION_FAILURE);
            case CALL_NOT_FOUND -> Optional.empty();
            default -> Optional.of(SoftphoneErrorType.WEBRTC_ERROR);
        };
    }
}
