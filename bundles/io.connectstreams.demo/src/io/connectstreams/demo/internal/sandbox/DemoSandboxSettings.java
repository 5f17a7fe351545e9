/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.osgi.service.log.Logger;

import io.connectstreams.sandbox.Sandbox;

/**
 * How the demo's sandbox is started, from framework (or system) properties; a value that cannot be used is logged
 * and the default taken.
 *
 * @param port {@value #PORT} on 127.0.0.1; 0 (the default) for any free port
 * @param controlKey {@value #CONTROL_KEY}, the control API's key; {@code null} (the default) for a random one
 * @param ringTimeout {@value #RING_TIMEOUT} in seconds: how long an offered call rings before it is missed (30)
 */
public record DemoSandboxSettings(int port, String controlKey, Duration ringTimeout) {

    /** Framework property: the sandbox's port. */
    public static final String PORT = "io.connectstreams.demo.sandbox.port";
    /** Framework property: the control API's key (at least 8 characters). */
    public static final String CONTROL_KEY = "io.connectstreams.demo.sandbox.controlKey";
    /** Framework property: the ring timeout in seconds. */
    public static final String RING_TIMEOUT = "io.connectstreams.demo.sandbox.ringTimeout";

    private static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(30);

    /**
     * @param properties reads a property, {@code null} when unset
     * @param logger for unusable values
     * @return the settings
     */
    public static DemoSandboxSettings from(UnaryOperator<String> properties, Logger logger) {
        int port = 0;
        String portValue = properties.apply(PORT);
        if (portValue != null) {
            try {
                port = Integer.parseInt(portValue.trim());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException("out of range");
                }
            } catch (NumberFormatException e) {
                logger.warn("{}={} is not a port (0-65535): using any free port", PORT, portValue);
                port = 0;
            }
        }
        String key = properties.apply(CONTROL_KEY);
        if (key != null && key.length() < 8) {
            logger.warn("{} must have at least 8 characters: using a random key", CONTROL_KEY);
            key = null;
        }
        Duration ringTimeout = DEFAULT_RING_TIMEOUT;
        String ringValue = properties.apply(RING_TIMEOUT);
        if (ringValue != null) {
            try {
                long seconds = Long.parseLong(ringValue.trim());
                if (seconds < 1) {
                    throw new NumberFormatException("not positive");
                }
                ringTimeout = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                logger.warn("{}={} is not a number of seconds: using {}", RING_TIMEOUT, ringValue,
                        DEFAULT_RING_TIMEOUT);
            }
        }
        return new DemoSandboxSettings(port, key, ringTimeout);
    }

    /**
     * @return a builder for the sandbox: HTTPS on 127.0.0.1, the demo agents, these settings; a missed call goes back
     *         to its queue, as in Amazon Connect
     */
    public Sandbox.Builder builder() {
        Sandbox.Builder builder = Sandbox.builder().port(port).ringTimeout(ringTimeout).requeueMissed(true);
        if (controlKey != null) {
            builder.controlKey(controlKey);
        }
        return builder;
    }
}
