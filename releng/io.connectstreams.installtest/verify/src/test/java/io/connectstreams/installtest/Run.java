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

/**
 * One run of the host: its exit code ({@code null} when it had to be killed), the probe's verdict ({@code null}
 * when none was written or none was asked for), the errors of its log, and where its console output is.
 */
record Run(String step, Integer exitCode, List<String> verdict, List<String> logErrors, Path output) {

    /** @return everything wrong with this run, empty when it is clean */
    List<String> problems(boolean verdictExpected) throws IOException {
        List<String> problems = new ArrayList<>();
        if (exitCode == null) {
            problems.add("killed: did not end within its time limit");
        } else if (exitCode != 0) {
            problems.add("exit code " + exitCode);
        }
        if (verdictExpected && verdict == null) {
            problems.add("the probe wrote no verdict");
        }
        if (verdict != null) {
            verdict.stream().filter(line -> line.startsWith("FAIL ")).forEach(problems::add);
        }
        logErrors.forEach(error -> problems.add("error in the log: " + error));
        if (!problems.isEmpty()) {
            problems.add("console output (" + output + "), last lines:\n      "
                    + String.join("\n      ", tail(Files.readAllLines(output), 25)));
        }
        return problems;
    }

    private static List<String> tail(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }
}
