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

/** An OSGi version (major.minor.micro.qualifier), ordered as OSGi orders them. */
record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {

    static Version parse(String text) {
        String[] parts = text.trim().split("\\.", 4);
        return new Version(number(parts, 0), number(parts, 1), number(parts, 2), parts.length > 3 ? parts[3] : "");
    }

    private static int number(String[] parts, int index) {
        return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    }

    @Override
    public int compareTo(Version other) {
        int result = Integer.compare(major, other.major);
        if (result == 0) {
            result = Integer.compare(minor, other.minor);
        }
        if (result == 0) {
            result = Integer.compare(micro, other.micro);
        }
        return result == 0 ? qualifier.compareTo(other.qualifier) : result;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
    }
}
