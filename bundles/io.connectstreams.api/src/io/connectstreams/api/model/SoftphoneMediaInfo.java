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
 * What the softphone needs to set up media for one agent connection; Streams' {@code softphoneMediaInfo}.
 * The tokens are credentials: {@link #toString()} never shows them.
 *
 * @param callType the media of the call
 * @param autoAccept whether the call is accepted as soon as the media session is up
 * @param mediaLegContextToken media-leg token, may be {@code null}
 * @param callContextToken the token sent in the signaling {@code invite}
 * @param callConfigJson JSON with {@code signalingEndpoint}, {@code iceServers}, {@code protocol} and
 *            {@code useWebSocketProvider}; quotes may be HTML-escaped ({@code &quot;})
 */
public record SoftphoneMediaInfo(SoftphoneCallType callType, boolean autoAccept, String mediaLegContextToken,
        String callContextToken, String callConfigJson) {

    /**
     * @return the call configuration with HTML-escaped quotes restored, as Streams' {@code parseCallConfig} does
     */
    public String unescapedCallConfigJson() {
        return callConfigJson == null ? null : callConfigJson.replace("&quot;", "\"");
    }

    @Override
    public String toString() {
        return "SoftphoneMediaInfo[callType=" + callType + ", autoAccept=" + autoAccept
                + ", callContextToken=" + (callContextToken == null ? "null" : "<redacted>")
                + ", callConfigJson=" + (callConfigJson == null ? "null" : "<" + callConfigJson.length() + " chars>")
                + "]";
    }
}
