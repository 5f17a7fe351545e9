package io.connectstreams.api.softphone;

/**
 * The result of a microphone check before a call (Streams' {@code ConnectivityCheckResult}
 * {@code MicrophonePermission}); a failed check is what makes a call fail with {@code microphone_not_shared}.
 *
 * @param available whether a microphone can be opened
 * @param audioModule the audio path in use
 * @param deviceName the microphone that would be used, may be {@code null}
 * @param detail why it is not available, may be {@code null}
 */
public record MicrophoneCheck(boolean available, AudioModule audioModule, String deviceName, String detail) {
}
