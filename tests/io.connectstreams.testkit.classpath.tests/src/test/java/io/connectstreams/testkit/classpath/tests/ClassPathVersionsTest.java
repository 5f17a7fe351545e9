/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.classpath.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * This module's class path holds the target platform's libraries at the target's versions: the test kit is
 * checked with what the update site ships, and the two stay in step when the target moves.
 */
class ClassPathVersionsTest {

    private static final Pattern MAVEN_LOCATION = Pattern.compile(
            "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void everyLibraryOfTheTargetIsAtTheTargetsVersion() throws IOException {
        Map<String, String> target = targetVersions();
        Map<String, String> mismatches = new TreeMap<>();
        int checked = 0;
        for (String entry : System.getProperty("surefire.test.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            // a local repository's layout: <group path>/<artifactId>/<version>/<artifactId>-<version>.jar
            if (!entry.endsWith(".jar") || jar.getNameCount() < 4) {
                continue;
            }
            String version = jar.getParent().getFileName().toString();
            String artifactId = jar.getParent().getParent().getFileName().toString();
            String expected = target.get(artifactId);
            if (expected == null || !jar.getFileName().toString().startsWith(artifactId + "-")) {
                continue;
            }
            checked++;
            if (!expected.equals(version)) {
                mismatches.put(artifactId, version + " (the target has " + expected + ")");
            }
        }
        assertTrue(checked >= 10, "libraries of the target on the class path: " + checked);
        assertEquals(Map.of(), mismatches, "libraries at another version than the target's");
    }

    private static Map<String, String> targetVersions() throws IOException {
        String content = Files.readString(Path.of(System.getProperty("cs.target.file")));
        Map<String, String> versions = new HashMap<>();
        Matcher matcher = MAVEN_LOCATION.matcher(content);
        while (matcher.find()) {
            versions.put(matcher.group(2), matcher.group(3));
        }
        assertTrue(versions.size() > 20, "Maven locations in the target: " + versions.size());
        return versions;
    }
}
