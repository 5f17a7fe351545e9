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
import java.util.List;

/** The ERROR entries of an Eclipse log ({@code !ENTRY <bundle> 4 ...}), each with its message. */
final class LogErrors {

    private static final String ERROR_SEVERITY = "4";

    private LogErrors() {
    }

    static List<String> in(Path log) throws IOException {
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            return errors;
        }
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            String[] entry = lines.get(i).split(" ");
            if (entry.length > 2 && entry[0].equals("!ENTRY") && entry[2].equals(ERROR_SEVERITY)) {
                String message = i + 1 < lines.size() ? lines.get(i + 1) : "";
                errors.add(entry[1] + ": " + message.replaceFirst("^!MESSAGE ", ""));
            }
        }
        return errors;
    }
}
