/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

/**
 * The media a softphone call carries; Streams' {@code connect.SoftphoneCallType}.
 */
public enum SoftphoneCallType implements WireValue {
    /** Wire value {@code "audio_video"}. */
    AUDIO_VIDEO("audio_video"),
    /** Wire value {@code "video_only"}. */
    VIDEO_ONLY("video_only"),
    /** Wire value {@code "audio_only"}. */
    AUDIO_ONLY("audio_only"),
    /** Wire value {@code "none"}. */
    NONE("none"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<SoftphoneCallType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    SoftphoneCallType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * @param wire the string the back end sent, possibly {@code null}
     * @return the matching constant, {@link #UNKNOWN} for anything else
     */
    public static SoftphoneCallType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
