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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * No class on the update site carries a compile error. The bundles compile with their Eclipse settings, in which
 * every compiler problem is an error that {@code @SuppressWarnings} may suppress; the Eclipse compiler still builds a
 * suppressed error on a local variable or parameter into the class ("Unresolved compilation problem", thrown when
 * the method runs) without failing the build. Suppress on the method instead.
 */
class CompiledClassesTest {

    private static final byte[] COMPILE_ERROR = "Unresolved compilation problem".getBytes(StandardCharsets.UTF_8);

    @Test
    void noClassOfOursCarriesACompileError() throws IOException {
        Path plugins = BuildOutput.repositoryTarget().resolve("repository/plugins");
        List<Path> jars;
        try (Stream<Path> files = Files.list(plugins)) {
            jars = files.filter(f -> f.getFileName().toString().startsWith("io.connectstreams."))
                    .filter(f -> !f.getFileName().toString().contains(".source_")).toList();
        }
        assertTrue(jars.size() >= 9, "our plug-ins on the site: " + jars);
        List<String> broken = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class")
                            && contains(zip.getInputStream(entry).readAllBytes(), COMPILE_ERROR)) {
                        broken.add(jar.getFileName() + "!/" + entry.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "classes built with a compile error");
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer: for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
