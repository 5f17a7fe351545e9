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

import io.connectstreams.api.model.WireLookup;
import io.connectstreams.api.model.WireValue;

/**
 * Why the softphone failed; Streams' {@code connect.SoftphoneErrorTypes}, plus the two types Streams' code emits without listing them ({@code multiple_softphone_active_sessions}, {@code audio_enhancement_failure}).
 */
public enum SoftphoneErrorType implements WireValue {
    /** Wire value {@code "unsupported_browser"}. */
    UNSUPPORTED_BROWSER("unsupported_browser"),
    /** Wire value {@code "microphone_not_shared"}. */
    MICROPHONE_NOT_SHARED("microphone_not_shared"),
    /** Wire value {@code "signalling_handshake_failure"}. */
    SIGNALLING_HANDSHAKE_FAILURE("signalling_handshake_failure"),
    /** Wire value {@code "signalling_connection_failure"}. */
    SIGNALLING_CONNECTION_FAILURE("signalling_connection_failure"),
    /** Wire value {@code "ice_collection_timeout"}. */
    ICE_COLLECTION_TIMEOUT("ice_collection_timeout"),
    /** Wire value {@code "user_busy_error"}. */
    USER_BUSY_ERROR("user_busy_error"),
    /** Wire value {@code "webrtc_error"}. */
    WEBRTC_ERROR("webrtc_error"),
    /** Wire value {@code "realtime_communication_error"}. */
    REALTIME_COMMUNICATION_ERROR("realtime_communication_error"),
    /** Wire value {@code "vdi_strategy_not_supported"}. */
    VDI_STRATEGY_NOT_SUPPORTED("vdi_strategy_not_supported"),
    /** Wire value {@code "vdi_redir_not_supported"}. */
    VDI_REDIR_NOT_SUPPORTED("vdi_redir_not_supported"),
    /** Wire value {@code "other"}. */
    OTHER("other"),
    /** Wire value {@code "multiple_softphone_active_sessions"}. */
    MULTIPLE_SOFTPHONE_ACTIVE_SESSIONS("multiple_softphone_active_sessions"),
    /** Wire value {@code "audio_enhancement_failure"}. */
    AUDIO_ENHANCEMENT_FAILURE("audio_enhancement_failure"),
    /** A value this version does not know. */
    UNKNOWN(null);

    private static final WireLookup<SoftphoneErrorType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    SoftphoneErrorType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * @param wire a wire string, possibly {@code null}
     * @return the matching constant, {@link #UNKNOWN} for anything else
     */
    public static SoftphoneErrorType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
