/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest.probe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the install test asks the probe to check, from system properties of the host's JVM.
 *
 * @param verdictFile {@code installtest.verdict}: where the verdict goes
 * @param bundles {@code installtest.bundles}: symbolic names of the installed features' bundles
 * @param services {@code installtest.services}: service interfaces that must be registered
 * @param viewId {@code installtest.view}: the view to open in the workbench, or empty for none
 * @param timeout {@code installtest.timeout}: seconds to wait for each condition (default 60)
 */
record ProbeSettings(Path verdictFile, List<String> bundles, List<String> services, String viewId,
        Duration timeout) {

    static ProbeSettings fromSystemProperties() {
        String verdict = System.getProperty("installtest.verdict");
        if (verdict == null || verdict.isBlank()) {
            return null;
        }
        return new ProbeSettings(Path.of(verdict), list("installtest.bundles"), list("installtest.services"),
                System.getProperty("installtest.view", "").trim(),
                Duration.ofSeconds(Long.getLong("installtest.timeout", 60)));
    }

    private static List<String> list(String property) {
        return Arrays.stream(System.getProperty(property, "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
