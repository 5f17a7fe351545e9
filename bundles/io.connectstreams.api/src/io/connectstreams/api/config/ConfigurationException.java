/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration broke one or more rules. Each {@link Violation} names the field and the rule, for example
 * {@code instanceUrl: must use https (http only for a loopback host)}.
 */
public class ConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * One broken rule.
     *
     * @param field the field, for example {@code "timeouts.action"}
     * @param rule what it must satisfy
     */
    public record Violation(String field, String rule) {

        @Override
        public String toString() {
            return field + ": " + rule;
        }
    }

    private final transient List<Violation> violations;

    /**
     * @param violations the broken rules, at least one
     */
    public ConfigurationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * @return every broken rule
     */
    public List<Violation> violations() {
        return violations;
    }
}
