package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.testing.Bundles;

/**
 * The worker bundle resolves against Gson 2.13 and the API.
 */
class WorkerBundleTest {

    @Test
    void resolvesAgainstGson() {
        Bundle worker = Bundles.resolved("io.connectstreams.worker");
        Bundle gson = Bundles.packageProvider(worker, "com.google.gson");
        assertEquals("com.google.gson", gson.getSymbolicName());
        assertEquals("2.13.2", gson.getVersion().toString());
    }
}
