/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The probe's findings, one line each: {@code PASS <check> <detail>} or {@code FAIL <check> <detail>}. */
final class Verdict {

    private final List<String> lines = new ArrayList<>();

    void pass(String check, String detail) {
        lines.add("PASS " + check + " " + detail);
    }

    void fail(String check, String detail) {
        lines.add("FAIL " + check + " " + detail);
    }

    /** Written whole or not at all: the install test must not read half a verdict. */
    void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
