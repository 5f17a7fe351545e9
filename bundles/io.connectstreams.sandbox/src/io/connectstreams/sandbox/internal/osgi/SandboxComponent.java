/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.connectstreams.sandbox.Sandbox;

/**
 * Starts a sandbox inside an OSGi framework when the framework property {@value #PORT} is set (0 for any free
 * port), and registers it as a {@link Sandbox} service with the property {@value #URL}. Other properties:
 * {@value #HTTP} ({@code true} for plain HTTP), {@value #CONTROL_KEY}, {@value #CERTIFICATE} (a file to write the
 * certificate PEM to), {@value #RING_TIMEOUT} (seconds), {@value #REQUEUE_MISSED}. Without {@value #PORT} the
 * component does nothing.
 */
@Component(immediate = true)
public final class SandboxComponent {

    /** Framework property: the port; setting it starts the sandbox. */
    public static final String PORT = "io.connectstreams.sandbox.port";
    /** Framework property: {@code true} for plain HTTP. */
    public static final String HTTP = "io.connectstreams.sandbox.http";
    /** Framework property: the control API key. */
    public static final String CONTROL_KEY = "io.connectstreams.sandbox.controlKey";
    /** Framework property: where to write the certificate PEM. */
    public static final String CERTIFICATE = "io.connectstreams.sandbox.certificate";
    /** Framework property: ring timeout in seconds. */
    public static final String RING_TIMEOUT = "io.connectstreams.sandbox.ringTimeout";
    /** Framework property: {@code true} re-queues missed contacts ({@link Sandbox.Builder#requeueMissed(boolean)}). */
    public static final String REQUEUE_MISSED = "io.connectstreams.sandbox.requeueMissed";
    /** Service property: the sandbox's base URL. */
    public static final String URL = "io.connectstreams.sandbox.url";

    private static final System.Logger LOG = System.getLogger(SandboxComponent.class.getName());

    private Sandbox sandbox;
    private ServiceRegistration<Sandbox> registration;

    @Activate
    void activate(BundleContext context) throws IOException {
        String port = context.getProperty(PORT);
        if (port == null || port.isBlank()) {
            LOG.log(System.Logger.Level.DEBUG, "{0} is not set: no sandbox started", PORT);
            return;
        }
        Sandbox.Builder builder = Sandbox.builder().port(Integer.parseInt(port.trim()));
        if (Boolean.parseBoolean(context.getProperty(HTTP))) {
            builder.plainHttp();
        }
        String key = context.getProperty(CONTROL_KEY);
        if (key != null) {
            builder.controlKey(key);
        }
        String certificate = context.getProperty(CERTIFICATE);
        if (certificate != null) {
            builder.certificateFile(Path.of(certificate));
        }
        String ringTimeout = context.getProperty(RING_TIMEOUT);
        if (ringTimeout != null) {
            builder.ringTimeout(Duration.ofSeconds(Long.parseLong(ringTimeout.trim())));
        }
        builder.requeueMissed(Boolean.parseBoolean(context.getProperty(REQUEUE_MISSED)));
        sandbox = builder.start();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(URL, sandbox.baseUri().toString());
        registration = context.registerService(Sandbox.class, sandbox, properties);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
