/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import io.connectstreams.api.Streams;

/**
 * The API bundle depends on nothing but the framework and libphonenumber (for {@code io.connectstreams.api.phone}):
 * every other wire it has goes to the system bundle.
 */
class ApiBundleResolvesAloneTest {

    private static final String LIBPHONENUMBER = "com.googlecode.libphonenumber";

    @Test
    void everyRequiredWireGoesToTheSystemBundleOrLibphonenumber() {
        Bundle api = FrameworkUtil.getBundle(Streams.class);
        assertNotNull(api, "the API is not loaded from a bundle");
        assertEquals("io.connectstreams.api", api.getSymbolicName());
        assertTrue((api.getState() & (Bundle.RESOLVED | Bundle.ACTIVE | Bundle.STARTING)) != 0);
        assertNull(api.getHeaders().get(Constants.REQUIRE_BUNDLE), "no Require-Bundle");

        List<BundleWire> wires = api.adapt(BundleWiring.class).getRequiredWires(null);
        for (BundleWire wire : wires) {
            String provider = wire.getProvider().getSymbolicName();
            assertTrue(wire.getProvider().getBundle().getBundleId() == 0 || LIBPHONENUMBER.equals(provider),
                    () -> "unexpected dependency " + wire.getCapability() + " from " + provider);
        }
    }

    @Test
    void everyPackageIsExportedAsApi() {
        Bundle api = FrameworkUtil.getBundle(Streams.class);
        List<String> exported = api.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package").stream()
                .map(c -> (String) c.getAttributes().get("osgi.wiring.package")).sorted().toList();
        assertEquals(List.of("io.connectstreams.api", "io.connectstreams.api.calllog", "io.connectstreams.api.config",
                "io.connectstreams.api.event", "io.connectstreams.api.model", "io.connectstreams.api.names",
                "io.connectstreams.api.phone", "io.connectstreams.api.ringtone",
                "io.connectstreams.api.softphone", "io.connectstreams.api.spi",
                "io.connectstreams.api.wrapup"), exported);
    }
}
