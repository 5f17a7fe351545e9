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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every Java source file of the repository starts with the SPDX EPL-2.0 license header (CONTRIBUTING.md). */
class LicenseHeaderTest {

    private static final String SPDX = "SPDX-License-Identifier: EPL-2.0";

    @Test
    void everyJavaSourceCarriesTheLicenseHeader() throws IOException {
        Path root = Path.of(System.getProperty("cs.repository.root", "../.."));
        List<Path> sources;
        try (Stream<Path> files = Stream.of("bundles", "tests", "releng").map(root::resolve).flatMap(this::walk)) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/bin/")).toList();
        }
        assertTrue(sources.size() > 300, "Java sources found under " + root.toAbsolutePath() + ": " + sources.size());
        List<Path> without = sources.stream().filter(f -> !header(f).contains(SPDX)).toList();
        assertEquals(List.of(), without, "sources without the license header");
    }

    private Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new AssertionError("cannot list " + directory, e);
        }
    }

    private static String header(Path source) {
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            return text.substring(0, Math.min(600, text.length()));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + source, e);
        }
    }
}
