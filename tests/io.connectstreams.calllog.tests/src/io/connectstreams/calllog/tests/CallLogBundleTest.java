package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.testing.Bundles;

/**
 * The call-log bundle resolves against Gson and the API.
 */
class CallLogBundleTest {

    @Test
    void resolvesAgainstGsonAndTheApi() {
        Bundle calllog = Bundles.resolved("io.connectstreams.calllog");
        assertEquals("com.google.gson", Bundles.packageProvider(calllog, "com.google.gson").getSymbolicName());
        assertEquals("io.connectstreams.api", Bundles.packageProvider(calllog, "io.connectstreams.api").getSymbolicName());
    }
}
