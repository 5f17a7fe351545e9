/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.onvoid.webrtc.logging.Logging;
import io.connectstreams.testing.Bundles;

/**
 * webrtc-java is a bundle whose native library, in its platform fragment, loads inside OSGi.
 */
class NativeLibraryTest {

    @Test
    void theNativeLibraryLoadsFromTheFragment() {
        Bundle softphone = Bundles.resolved("io.connectstreams.softphone");
        Bundle webrtc = Bundles.packageProvider(softphone, "dev.onvoid.webrtc");
        assertEquals("dev.onvoid.webrtc", webrtc.getSymbolicName());
        assertSame(webrtc, FrameworkUtil.getBundle(Logging.class));
        Bundles.resolved("dev.onvoid.webrtc.linux.x86_64");
        // the first call into webrtc-java loads libwebrtc-java-linux-x86_64.so through the host bundle's loader
        Logging.info("native library loaded in OSGi");
    }
}
