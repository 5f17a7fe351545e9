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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import io.connectstreams.repository.tests.P2Content.Requirement;
import io.connectstreams.repository.tests.P2Content.Unit;

/** The p2 metadata of the update site, {@code target/repository/content.jar}. */
class UpdateSiteTest {

    private static final String MAIN_FEATURE = "io.connectstreams.feature.feature.group";
    private static final String SANDBOX_FEATURE = "io.connectstreams.sandbox.feature.feature.group";
    private static final String DEMO_FEATURE = "io.connectstreams.demo.feature.feature.group";
    private static final String IU = "org.eclipse.equinox.p2.iu";

    /** The third-party bundles each feature requires, "this version or newer". */
    private static final List<String> MAIN_IMPORTS = List.of("com.google.gson", "com.googlecode.libphonenumber",
            "com.sun.jna", "dev.onvoid.webrtc");
    private static final List<String> SANDBOX_IMPORTS = List.of("org.eclipse.jetty.server",
            "org.eclipse.jetty.http", "org.eclipse.jetty.io", "org.eclipse.jetty.util",
            "org.eclipse.jetty.websocket.api", "org.eclipse.jetty.websocket.common",
            "org.eclipse.jetty.websocket.server", "org.eclipse.jetty.websocket.core.common",
            "org.eclipse.jetty.websocket.core.server", "slf4j.api", "slf4j.jdk14",
            "org.apache.aries.spifly.dynamic.bundle", "org.objectweb.asm", "org.objectweb.asm.commons",
            "org.objectweb.asm.tree", "org.objectweb.asm.tree.analysis", "org.objectweb.asm.util", "bcprov", "bcpkix",
            "bcutil", "junit-jupiter-api", "junit-platform-commons", "org.opentest4j");
    /** The first ASM that reads Java 25 class files, which SPI Fly weaves on the newest platform. */
    private static final Version ASM_FOR_JAVA_25 = new Version(9, 8, 0);

    private static P2Content site;

    @BeforeAll
    static void readSite() throws Exception {
        site = P2Content.read(BuildOutput.repositoryTarget().resolve("repository/content.jar"));
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachNativeFragmentIsFilteredToItsOwnPlatform(Platform platform) {
        for (String id : List.of(platform.webrtcFragment(), platform.swtFragment())) {
            Unit fragment = site.unit(id).orElseThrow(() -> new AssertionError(id + " is not on the update site"));
            assertNotNull(fragment.filter(), id + " has no platform filter");
            for (Platform other : Platform.values()) {
                assertEquals(other == platform, fragment.appliesTo(other),
                        id + " (filter " + fragment.filter() + ") on " + other);
            }
        }
    }

    @Test
    void everyWebrtcNativeFragmentIsOneOfThePlatforms() {
        Set<String> fragments = site.units().stream().filter(u -> "dev.onvoid.webrtc".equals(u.fragmentHost()))
                .map(Unit::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Arrays.stream(Platform.values()).map(Platform::webrtcFragment)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, fragments);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void theFeaturesInstallEachPlatformsFragmentsThereOnly(Platform platform) {
        assertRequiredOnlyOn(platform, MAIN_FEATURE, platform.webrtcFragment());
        assertRequiredOnlyOn(platform, DEMO_FEATURE, platform.swtFragment());
    }

    @Test
    void thirdPartyBundlesAreRequiredInThisVersionOrNewer() {
        assertImports(MAIN_FEATURE, MAIN_IMPORTS);
        assertImports(SANDBOX_FEATURE, SANDBOX_IMPORTS);
    }

    @Test
    void theFeaturesIncludeAtExactVersionsOnlyTheirOwnBundlesAndTheNativeFragments() {
        for (String feature : List.of(MAIN_FEATURE, SANDBOX_FEATURE)) {
            for (Requirement requirement : feature(feature).requirements()) {
                VersionRange range = new VersionRange(requirement.range());
                boolean exact = range.getRight() != null && range.getLeft().equals(range.getRight());
                if (exact && requirement.namespace().equals(IU)) {
                    String name = requirement.name();
                    assertTrue(name.startsWith("io.connectstreams.") || name.startsWith("configure.io.connectstreams.")
                            || name.startsWith("dev.onvoid.webrtc."), feature + " includes " + name + " " + range);
                }
            }
        }
    }

    @Test
    void theSandboxFeatureInstallsTheTestKit() {
        assertTrue(feature(SANDBOX_FEATURE).requirement("io.connectstreams.testkit").isPresent(),
                SANDBOX_FEATURE + " does not install io.connectstreams.testkit");
        assertTrue(site.unit("io.connectstreams.testkit").isPresent(), "io.connectstreams.testkit is not on the site");
    }

    @Test
    void asmOnTheSiteAndInTheRequirementReadsJava25Classes() {
        VersionRange required = new VersionRange(feature(SANDBOX_FEATURE).requirement("org.objectweb.asm")
                .orElseThrow().range());
        assertTrue(required.getLeft().compareTo(ASM_FOR_JAVA_25) >= 0, "ASM required from " + required);
        Version shipped = Version.parseVersion(site.unit("org.objectweb.asm").orElseThrow().version());
        assertTrue(shipped.compareTo(ASM_FOR_JAVA_25) >= 0, "ASM on the site: " + shipped);
    }

    @Test
    void aP2InstallStartsSpiFlyAndTheSlf4jProvider() {
        assertStartedAt("configure.io.connectstreams.sandbox.spifly", "org.apache.aries.spifly.dynamic.bundle", 2);
        assertStartedAt("configure.io.connectstreams.sandbox.slf4j.jdk14", "slf4j.jdk14", 3);
    }

    @Test
    void theSiteShipsSourceBundles() {
        for (String bundle : List.of("io.connectstreams.api", "io.connectstreams.softphone", "io.connectstreams.ui",
                "io.connectstreams.sandbox", "io.connectstreams.testkit")) {
            assertTrue(site.unit(bundle + ".source").isPresent(), bundle + ".source is not on the update site");
        }
    }

    private static void assertRequiredOnlyOn(Platform platform, String feature, String fragment) {
        Requirement requirement = feature(feature).requirement(fragment)
                .orElseThrow(() -> new AssertionError(feature + " does not install " + fragment));
        for (Platform other : Platform.values()) {
            assertEquals(other == platform, requirement.appliesTo(other),
                    feature + " -> " + fragment + " (filter " + requirement.filter() + ") on " + other);
        }
    }

    private static void assertImports(String feature, List<String> imports) {
        for (String bundle : imports) {
            Requirement requirement = feature(feature).requirement(bundle)
                    .orElseThrow(() -> new AssertionError(feature + " does not require " + bundle));
            VersionRange range = new VersionRange(requirement.range());
            assertNull(range.getRight(), feature + " -> " + bundle + " " + range + " has an upper bound");
            for (Platform platform : Platform.values()) {
                assertTrue(requirement.appliesTo(platform), feature + " -> " + bundle + " not on " + platform);
            }
            assertTrue(site.unit(bundle).isPresent(), bundle + " is not on the update site");
        }
    }

    private static void assertStartedAt(String configurationUnit, String bundle, int startLevel) {
        assertTrue(feature(SANDBOX_FEATURE).requirement(configurationUnit).isPresent(),
                SANDBOX_FEATURE + " does not require " + configurationUnit);
        Unit unit = site.unit(configurationUnit).orElseThrow(() -> new AssertionError(configurationUnit + " missing"));
        assertTrue(unit.hosts().contains(bundle), configurationUnit + " attaches to " + unit.hosts());
        String configure = unit.instructions().getOrDefault("configure", "");
        assertTrue(configure.contains("setStartLevel(startLevel:" + startLevel + ")"), configure);
        assertTrue(configure.contains("markStarted(started:true)"), configure);
    }

    private static Unit feature(String id) {
        return site.unit(id).orElseThrow(() -> new AssertionError(id + " is not on the update site"));
    }
}
