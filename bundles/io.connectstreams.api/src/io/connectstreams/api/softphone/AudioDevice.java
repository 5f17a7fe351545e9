package io.connectstreams.api.softphone;

/**
 * A microphone, speaker or ringer device. Its id is stable across restarts (name plus index among devices of the
 * same name), so a saved preference still finds the device.
 *
 * @param id the stable id
 * @param name the name the system gives it
 * @param kind what it is used as
 * @param systemDefault whether it is the system default
 */
public record AudioDevice(String id, String name, Kind kind, boolean systemDefault) {

    /** What a device is used as. */
    public enum Kind {
        /** Captures the agent's voice. */
        MICROPHONE,
        /** Plays the caller. */
        SPEAKER,
        /** Plays ringtones. */
        RINGER
    }
}
