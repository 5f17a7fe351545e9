/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The p2 update site under test: a directory, and the bundles its features include for linux/gtk/x86_64. */
record UpdateSite(Path directory) {

    String uri() {
        return directory.toUri().toString();
    }

    /** @return the symbolic names of the bundles the feature includes on this platform */
    List<String> bundlesOf(String featureId) throws IOException {
        Path jar;
        try (Stream<Path> features = Files.list(directory.resolve("features"))) {
            jar = features.filter(p -> p.getFileName().toString().startsWith(featureId + "_")).findFirst()
                    .orElseThrow(() -> new IOException("no feature " + featureId + " in " + directory));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("feature.xml");
            try (InputStream in = zip.getInputStream(entry)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList plugins = factory.newDocumentBuilder().parse(in).getElementsByTagName("plugin");
                List<String> bundles = new ArrayList<>();
                for (int i = 0; i < plugins.getLength(); i++) {
                    Element plugin = (Element) plugins.item(i);
                    if (matches(plugin, "os", "linux") && matches(plugin, "ws", "gtk")
                            && matches(plugin, "arch", "x86_64")) {
                        bundles.add(plugin.getAttribute("id"));
                    }
                }
                return bundles;
            } catch (ParserConfigurationException | SAXException e) {
                throw new IOException("unreadable feature.xml in " + jar, e);
            }
        }
    }

    private static boolean matches(Element plugin, String attribute, String value) {
        String filter = plugin.getAttribute(attribute);
        return filter.isEmpty() || List.of(filter.split(",")).contains(value);
    }
}
