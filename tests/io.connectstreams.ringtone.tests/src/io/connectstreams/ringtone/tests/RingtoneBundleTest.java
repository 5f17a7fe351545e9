package io.connectstreams.ringtone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.testing.Bundles;

/**
 * The ringtone bundle resolves; Java Sound comes from the JVM through the system bundle.
 */
class RingtoneBundleTest {

    @Test
    void javaSoundComesFromTheSystemBundle() {
        Bundle ringtone = Bundles.resolved("io.connectstreams.ringtone");
        assertEquals(0, Bundles.packageProvider(ringtone, "javax.sound.sampled").getBundleId());
    }
}
