package io.connectstreams.softphone.internal.session;

import java.util.Optional;

/**
 * Where the agent's microphone and speaker choices are kept across restarts.
 */
public interface DevicePreferences {

    /**
     * @return the saved microphone id
     */
    Optional<String> microphone();

    /**
     * @param deviceId the microphone id to save
     */
    void microphone(String deviceId);

    /**
     * @return the saved speaker id
     */
    Optional<String> speaker();

    /**
     * @param deviceId the speaker id to save
     */
    void speaker(String deviceId);
}
