/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
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
