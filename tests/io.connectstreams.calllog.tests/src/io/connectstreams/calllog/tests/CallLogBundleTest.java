/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
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
