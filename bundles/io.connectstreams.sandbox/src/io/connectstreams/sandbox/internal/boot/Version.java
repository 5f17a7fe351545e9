/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.boot;

/**
 * An OSGi version ({@code major.minor.micro.qualifier}) for picking the newest of several jars of one bundle.
 *
 * @param major major
 * @param minor minor
 * @param micro micro
 * @param qualifier qualifier, compared as text
 */
record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {

    static Version parse(String text) {
        String[] parts = text.split("\\.", 4);
        return new Version(number(parts, 0), number(parts, 1), number(parts, 2), parts.length > 3 ? parts[3] : "");
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
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
        return result != 0 ? result : qualifier.compareTo(other.qualifier);
    }
}
