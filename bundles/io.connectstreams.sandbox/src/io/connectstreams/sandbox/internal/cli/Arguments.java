/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command, its positional arguments, and {@code --name value} options (repeatable) and
 * {@code --flag}s.
 */
final class Arguments {

    private static final Set<String> FLAGS = Set.of("http", "relay-only", "requeue-missed", "help");

    private final String command;
    private final List<String> positional;
    private final Map<String, List<String>> options;

    private Arguments(String command, List<String> positional, Map<String, List<String>> options) {
        this.command = command;
        this.positional = positional;
        this.options = options;
    }

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            return new Arguments("help", List.of(), Map.of());
        }
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (FLAGS.contains(name)) {
                    options.computeIfAbsent(name, key -> new ArrayList<>()).add("true");
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option --" + name + " needs a value");
                    }
                    options.computeIfAbsent(name, key -> new ArrayList<>()).add(args[++i]);
                }
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(args[0], positional, options);
    }

    String command() {
        return command;
    }

    String positional(int index) {
        if (index >= positional.size()) {
            throw new IllegalArgumentException(command + " needs more arguments (see help)");
        }
        return positional.get(index);
    }

    Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("missing --" + name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback) {
        try {
            return option(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a number");
        }
    }
}
