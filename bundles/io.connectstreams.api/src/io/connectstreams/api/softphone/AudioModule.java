package io.connectstreams.api.softphone;

/**
 * Which audio path the softphone runs on.
 */
public enum AudioModule {
    /** The platform's audio (PulseAudio/PipeWire on Linux) with real devices. */
    PLATFORM,
    /** No audio device was found: a virtual microphone and speaker; calls connect and can be tested. */
    HEADLESS
}
