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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The installable units of a p2 repository's {@code content.jar}, as far as the checks need them. */
final class P2Content {

    /** A requirement: what p2 must find to install the unit that has it. */
    record Requirement(String namespace, String name, String range, String filter) {

        /** @return whether p2 takes this requirement into account when installing on {@code platform} */
        boolean appliesTo(Platform platform) {
            return matches(filter, platform);
        }
    }

    /** An installable unit. */
    /**
     * An installable unit.
     *
     * @param fragmentHost the bundle it is an OSGi fragment of, {@code null} if it is none
     * @param hosts the units a p2 fragment (a configuration unit) attaches to
     * @param instructions touchpoint instructions by phase (install, configure, ...)
     */
    record Unit(String id, String version, String filter, List<Requirement> requirements, String fragmentHost,
            List<String> hosts, Map<String, String> instructions) {

        boolean appliesTo(Platform platform) {
            return matches(filter, platform);
        }

        Optional<Requirement> requirement(String name) {
            return requirements.stream().filter(r -> r.name.equals(name)).findFirst();
        }
    }

    private final List<Unit> units;

    private P2Content(List<Unit> units) {
        this.units = units;
    }

    /**
     * @param contentJar a repository's content.jar
     * @return its units
     */
    static P2Content read(Path contentJar) throws IOException, ParserConfigurationException, SAXException {
        try (ZipFile zip = new ZipFile(contentJar.toFile())) {
            ZipEntry entry = zip.getEntry("content.xml");
            assertNotNull(entry, contentJar + " holds no content.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            try (InputStream in = zip.getInputStream(entry)) {
                Element repository = factory.newDocumentBuilder().parse(in).getDocumentElement();
                List<Unit> units = new ArrayList<>();
                for (Element unit : children(child(repository, "units"), "unit")) {
                    units.add(unit(unit));
                }
                return new P2Content(units);
            }
        }
    }

    List<Unit> units() {
        return units;
    }

    /**
     * @param id a unit id
     * @return the unit, the newest if the repository has several versions
     */
    Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id.equals(id)).reduce((a, b) -> b);
    }

    private static Unit unit(Element unit) {
        List<Requirement> requirements = requirements(child(unit, "requires"));
        List<String> hosts = requirements(child(unit, "hostRequirements")).stream().map(Requirement::name).toList();
        Map<String, String> instructions = new HashMap<>();
        Element touchpointData = child(unit, "touchpointData");
        if (touchpointData != null) {
            for (Element data : children(touchpointData, "instructions")) {
                for (Element instruction : children(data, "instruction")) {
                    instructions.merge(instruction.getAttribute("key"), instruction.getTextContent().trim(),
                            String::concat);
                }
            }
        }
        String fragmentHost = null;
        for (Element provided : children(child(unit, "provides"), "provided")) {
            if (provided.getAttribute("namespace").equals("osgi.fragment")) {
                fragmentHost = provided.getAttribute("name");
            }
        }
        return new Unit(unit.getAttribute("id"), unit.getAttribute("version"), filter(unit), requirements,
                fragmentHost, hosts, instructions);
    }

    private static List<Requirement> requirements(Element requires) {
        List<Requirement> requirements = new ArrayList<>();
        if (requires != null) {
            for (Element required : children(requires, "required")) {
                requirements.add(new Requirement(required.getAttribute("namespace"), required.getAttribute("name"),
                        required.getAttribute("range"), filter(required)));
            }
        }
        return requirements;
    }

    private static String filter(Element element) {
        Element filter = child(element, "filter");
        return filter == null ? null : filter.getTextContent().trim();
    }

    private static boolean matches(String filter, Platform platform) {
        if (filter == null) {
            return true;
        }
        try {
            return FrameworkUtil.createFilter(filter).matches(platform.properties());
        } catch (InvalidSyntaxException e) {
            throw new AssertionError("not an OSGi filter: " + filter, e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    children.add(element);
                }
            }
        }
        return children;
    }
}
