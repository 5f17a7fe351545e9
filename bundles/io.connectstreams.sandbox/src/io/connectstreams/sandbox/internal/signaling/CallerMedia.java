package io.connectstreams.sandbox.internal.signaling;

import java.util.Optional;

/**
 * The caller side's audio, as the signaling endpoint measures it; the control API and tests read it.
 */
public interface CallerMedia {

    /**
     * @param contactId a contact id
     * @return the latest measurements of that call's audio while its media runs
     */
    Optional<AudioLevels> levels(String contactId);
}
