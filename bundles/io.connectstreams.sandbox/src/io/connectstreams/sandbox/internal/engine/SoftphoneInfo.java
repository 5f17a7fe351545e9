/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

/**
 * The {@code softphoneMediaInfo} of an agent connection. Tokens are secrets: {@link #toString()} hides them.
 *
 * @param callType {@code audio_only}
 * @param autoAccept the agent's auto-accept setting
 * @param mediaLegContextToken token of the media leg
 * @param callContextToken token the softphone presents to the signaling endpoint ({@code contactCtx})
 * @param callConfigJson the call configuration (signaling endpoint, ICE servers, protocol) as a JSON string
 */
public record SoftphoneInfo(String callType, boolean autoAccept, String mediaLegContextToken, String callContextToken,
        String callConfigJson) {

    @Override
    public String toString() {
        return "SoftphoneInfo[callType=" + callType + ", autoAccept=" + autoAccept + ", tokens=<redacted>]";
    }
}
