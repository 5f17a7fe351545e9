/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.repository.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the update site module wrote its output (system property set by this module's pom.xml). */
final class BuildOutput {

    private BuildOutput() {
    }

    static Path repositoryTarget() {
        Path target = Path.of(System.getProperty("cs.repository.target",
                "../io.connectstreams.repository/target"));
        assertTrue(Files.isDirectory(target), target + " does not exist: build releng/io.connectstreams.repository first");
        return target;
    }
}
