package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import io.connectstreams.testing.Bundles;

/**
 * The demo contributes the application and product the launch script starts.
 */
class DemoApplicationTest {

    @Test
    void applicationAndProductAreContributed() {
        Bundles.resolved("io.connectstreams.demo");
        IExtension application = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications",
                "io.connectstreams.demo.application");
        assertNotNull(application, "application extension");
        assertEquals("io.connectstreams.demo.internal.DemoApplication",
                application.getConfigurationElements()[0].getChildren("run")[0].getAttribute("class"));
        assertNotNull(RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.products",
                "io.connectstreams.demo.product"), "product extension");
    }
}
