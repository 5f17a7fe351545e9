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
