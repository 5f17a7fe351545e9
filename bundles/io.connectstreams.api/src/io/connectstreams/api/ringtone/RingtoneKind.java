package io.connectstreams.api.ringtone;

/**
 * The ringtone engines of Streams' {@code ringtone.js} this product has.
 */
public enum RingtoneKind {
    /** Streams' {@code VoiceRingtoneEngine}: an inbound softphone call in {@code connecting}, the only voice contact. */
    VOICE,
    /** Streams' {@code AdditionalVoiceRingtoneEngine}: the same while another voice or callback contact exists. */
    ADDITIONAL_VOICE,
    /** Streams' {@code QueueCallbackRingtoneEngine}: a {@code queue_callback} contact in {@code incoming}. */
    QUEUE_CALLBACK
}
