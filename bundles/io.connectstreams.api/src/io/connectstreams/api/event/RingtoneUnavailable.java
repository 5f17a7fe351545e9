package io.connectstreams.api.event;

/**
 * Payload of {@link StreamsEvents#RINGTONE_UNAVAILABLE}.
 *
 * @param contactId the contact that should have rung, may be {@code null} for a device check
 * @param reason why, for example "no audio output device"
 */
public record RingtoneUnavailable(String contactId, String reason) {
}
