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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The archived demo products, {@code target/products/io.connectstreams.demo.product-<os>.<ws>.<arch>.zip}:
 * each holds its own platform's native fragments and no other, and a start script next to its {@code plugins}.
 */
class ProductsTest {

    private static final String PRODUCT = "io.connectstreams.demo.product";
    private static final Pattern PLUGIN = Pattern.compile("(.*/)plugins/(.+)_\\d[^/_]*\\.jar$");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachProductHoldsItsOwnPlatformsFragmentsAndAStartScript(Platform platform) throws IOException {
        List<String> entries = entries(platform);
        Set<String> webrtc = new TreeSet<>();
        Set<String> swt = new TreeSet<>();
        Set<String> installFolders = new TreeSet<>();
        for (String entry : entries) {
            Matcher plugin = PLUGIN.matcher(entry);
            if (plugin.matches()) {
                installFolders.add(plugin.group(1));
                String id = plugin.group(2);
                if (id.startsWith("dev.onvoid.webrtc.")) {
                    webrtc.add(id);
                } else if (id.startsWith("org.eclipse.swt.")) {
                    swt.add(id);
                }
            }
        }
        assertEquals(Set.of(platform.webrtcFragment()), webrtc, platform + ": webrtc-java native fragments");
        assertEquals(Set.of(platform.swtFragment()), swt, platform + ": SWT fragments");
        assertEquals(1, installFolders.size(), platform + ": plug-in folders " + installFolders);
        String script = installFolders.iterator().next()
                + (platform == Platform.WINDOWS_X86_64 ? "connectstreams-demo.cmd" : "connectstreams-demo");
        assertTrue(entries.contains(script), platform + ": no " + script);
    }

    /**
     * The product has no start configuration of its own for SPI Fly and the SLF4J provider: what starts them is the
     * sandbox feature's p2.inf, applied by the p2 director that materialized the product, as in any p2 install.
     */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void theP2DirectorStartedSpiFlyAndTheSlf4jProvider(Platform platform) throws IOException {
        try (ZipFile zip = new ZipFile(archive(platform).toFile())) {
            ZipEntry configIni = zip.stream().filter(e -> e.getName().endsWith("/configuration/config.ini"))
                    .findFirst().orElseThrow(() -> new AssertionError(platform + ": no configuration/config.ini"));
            String bundles = new String(zip.getInputStream(configIni).readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(Pattern.compile("org\\.apache\\.aries\\.spifly\\.dynamic\\.bundle_[^,]*@2\\\\:start")
                    .matcher(bundles).find(), platform + ": SPI Fly not started at level 2 in " + bundles);
            assertTrue(Pattern.compile("slf4j\\.jdk14_[^,]*@3\\\\:start").matcher(bundles).find(),
                    platform + ": slf4j.jdk14 not started at level 3 in " + bundles);
        }
    }

    private static List<String> entries(Platform platform) throws IOException {
        try (ZipFile file = new ZipFile(archive(platform).toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private static Path archive(Platform platform) {
        Path products = BuildOutput.repositoryTarget().resolve("products");
        Path zip = products.resolve(PRODUCT + "-" + platform.archiveSuffix() + ".zip");
        assertTrue(Files.exists(zip), "no product archive for " + platform + ": " + zip);
        return zip;
    }
}
