/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The Declarative Services component: without the framework property nothing runs; with
 * {@code io.connectstreams.sandbox.port} set, restarting the bundle starts a sandbox and registers it as a service.
 */
class SandboxComponentTest {

    private static final String PORT = "io.connectstreams.sandbox.port";

    @Test
    void frameworkPropertyStartsAndRegistersASandbox() throws Exception {
        Bundle bundle = Bundles.resolved("io.connectstreams.sandbox");
        // the test support bundle's context: this test fragment's host is the sandbox bundle, restarted below
        BundleContext context = FrameworkUtil.getBundle(Bundles.class).getBundleContext();
        assertNull(context.getProperty(PORT));
        bundle.start();
        Await.until(Duration.ofSeconds(10), () -> bundle.getState() == Bundle.ACTIVE, "the sandbox bundle is active");
        assertNull(context.getServiceReference(Sandbox.class), "no sandbox without the property");
        System.setProperty(PORT, "0");
        try {
            bundle.stop();
            bundle.start();
            Sandbox sandbox = Bundles.service(Sandbox.class, Duration.ofSeconds(10));
            ServiceReference<Sandbox> reference = context.getServiceReference(Sandbox.class);
            assertEquals(sandbox.baseUri().toString(), reference.getProperty("io.connectstreams.sandbox.url"));
            HttpResponse<String> login = CtiClient.http(sandbox).send(HttpRequest.newBuilder(sandbox.baseUri()
                    .resolve("/login")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
        } finally {
            System.clearProperty(PORT);
            bundle.stop();
            bundle.start();
        }
        Await.until(Duration.ofSeconds(10), () -> context.getServiceReference(Sandbox.class) == null,
                "the sandbox service is gone");
    }
}
