/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import java.util.List;

/**
 * The live threads of this JVM, by name.
 */
final class Threads {

    private Threads() {
    }

    /**
     * @param prefixes name prefixes
     * @return the names of live threads that start with one of them, sorted
     */
    static List<String> named(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> List.of(prefixes).stream().anyMatch(name::startsWith)).sorted().toList();
    }
}
