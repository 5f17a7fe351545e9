/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import java.util.List;

/**
 * The softphone's own threads: the session thread and at most two signaling threads, whatever happened.
 */
final class SoftphoneThreads {

    private SoftphoneThreads() {
    }

    static List<String> names() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("cs-softphone-")).sorted().toList();
    }

    static boolean onlyThePermanentOnes() {
        List<String> names = names();
        return names.size() <= 3 && names.stream().filter(n -> n.equals("cs-softphone-session")).count() <= 1
                && names.stream().allMatch(n -> n.equals("cs-softphone-session")
                        || n.startsWith("cs-softphone-signaling-"));
    }
}
