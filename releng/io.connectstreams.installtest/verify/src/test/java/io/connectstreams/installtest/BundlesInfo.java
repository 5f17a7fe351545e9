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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A host's {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info}: what it starts, by symbolic
 * name and version, with start level and autostart.
 */
record BundlesInfo(Map<String, List<Entry>> bySymbolicName) {

    static final String PATH = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    /** One line: {@code symbolicName,version,location,startLevel,autoStart}; the location is left out. */
    record Entry(String symbolicName, Version version, String startLevel, String autoStart) {
        @Override
        public String toString() {
            return symbolicName + " " + version + " (level " + startLevel + ", autostart " + autoStart + ")";
        }
    }

    static BundlesInfo read(Path host) throws IOException {
        Map<String, List<Entry>> entries = new TreeMap<>();
        for (String line : Files.readAllLines(host.resolve(PATH))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",");
            Entry entry = new Entry(fields[0], Version.parse(fields[1]), fields[3], fields[4]);
            entries.computeIfAbsent(entry.symbolicName(), k -> new ArrayList<>()).add(entry);
        }
        entries.values().forEach(list -> list.sort(Comparator.comparing(Entry::version)));
        return new BundlesInfo(entries);
    }

    int size() {
        return bySymbolicName.values().stream().mapToInt(List::size).sum();
    }

    /**
     * What an install did to the bundles of this (the host before it): a host bundle removed or changed, or an
     * older version of a host bundle added beside it (other bundles may then wire to the older one). Bundles the
     * install added and the host does not have are its business.
     */
    List<String> damageBy(BundlesInfo after) {
        List<String> damage = new ArrayList<>();
        bySymbolicName.forEach((name, hostEntries) -> {
            List<Entry> now = after.bySymbolicName.getOrDefault(name, List.of());
            for (Entry entry : hostEntries) {
                if (!now.contains(entry)) {
                    damage.add("host bundle removed or changed: " + entry + "; now " + now);
                }
            }
            Version hostNewest = hostEntries.get(hostEntries.size() - 1).version();
            for (Entry entry : now) {
                if (entry.version().compareTo(hostNewest) < 0 && !hostEntries.contains(entry)) {
                    damage.add("host bundle downgraded: " + name + " " + entry.version() + " added beside the host's "
                            + hostEntries.stream().map(e -> e.version().toString()).collect(Collectors.joining(", ")));
                }
            }
        });
        return damage;
    }

    /** @return bundles of {@code other} that are not here, or the other way round */
    List<String> differencesTo(BundlesInfo other) {
        List<String> differences = new ArrayList<>();
        bySymbolicName.values().stream().flatMap(List::stream)
                .filter(e -> !other.bySymbolicName.getOrDefault(e.symbolicName(), List.of()).contains(e))
                .forEach(e -> differences.add("missing " + e));
        other.bySymbolicName.values().stream().flatMap(List::stream)
                .filter(e -> !bySymbolicName.getOrDefault(e.symbolicName(), List.of()).contains(e))
                .forEach(e -> differences.add("left behind " + e));
        return differences;
    }

    List<Entry> entriesNamed(Predicate<String> symbolicName) {
        return bySymbolicName.entrySet().stream().filter(e -> symbolicName.test(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
