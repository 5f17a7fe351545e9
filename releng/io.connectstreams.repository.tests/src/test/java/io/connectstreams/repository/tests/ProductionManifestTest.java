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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Production manifests never name a test bundle: tests reach internals as fragments of the bundle they test, and
 * another bundle's insides through its public API or a probe service, never through {@code x-friends} (or any other
 * header) naming a test bundle. Test bundles are not on the update site either.
 */
class ProductionManifestTest {

    /** Our test bundles: {@code io.connectstreams.<x>.tests} (or {@code .test}) and the test support bundle. */
    private static final Pattern TEST_BUNDLE = Pattern
            .compile("io\\.connectstreams\\.(?:[\\w-]+\\.)*?(?:tests?|testing)(?![\\w.-])");

    @Test
    void noManifestOnTheSiteNamesATestBundle() throws IOException {
        List<Path> jars = ourPlugins();
        assertTrue(jars.size() >= 9, "our plug-ins on the site: " + jars);
        Set<String> named = new TreeSet<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                assertTrue(manifest != null, jar + " has no manifest");
                for (Map.Entry<Object, Object> header : manifest.getMainAttributes().entrySet()) {
                    Matcher matcher = TEST_BUNDLE.matcher(String.valueOf(header.getValue()));
                    while (matcher.find()) {
                        named.add(jar.getFileName() + ": " + header.getKey() + " names "
                                + matcher.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), named, "production manifests naming test bundles");
    }

    @Test
    void noTestBundleIsOnTheSite() throws IOException {
        List<String> tests = ourPlugins().stream().map(jar -> jar.getFileName().toString())
                .map(name -> name.substring(0, name.indexOf('_')))
                .filter(symbolicName -> TEST_BUNDLE.matcher(symbolicName).matches()).toList();
        assertEquals(List.of(), tests, "test bundles on the update site");
    }

    /** Our plug-ins and their source bundles on the update site. */
    private static List<Path> ourPlugins() throws IOException {
        try (Stream<Path> files = Files.list(BuildOutput.repositoryTarget().resolve("repository/plugins"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("io.connectstreams.")).sorted().toList();
        }
    }
}
