package io.connectstreams.bus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.testing.Bundles;

/**
 * The bus bundle resolves and finds EventAdmin's API when Equinox's EventAdmin is installed.
 */
class BusBundleTest {

    @Test
    void resolvesWithEventAdminsApi() {
        Bundle bus = Bundles.resolved("io.connectstreams.bus");
        assertEquals("org.osgi.service.event", Bundles.packageProvider(bus, "org.osgi.service.event").getSymbolicName());
        assertEquals("io.connectstreams.api", Bundles.packageProvider(bus, "io.connectstreams.api.event").getSymbolicName());
    }
}
