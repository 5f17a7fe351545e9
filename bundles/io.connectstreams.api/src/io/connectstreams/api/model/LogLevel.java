/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

/**
 * Log levels with their numeric weights; Streams' {@code connect.LogLevel}.
 */
public enum LogLevel {
    /** {@code TEST}, weight 0. */
    TEST(0),
    /** {@code TRACE}, weight 10. */
    TRACE(10),
    /** {@code DEBUG}, weight 20. */
    DEBUG(20),
    /** {@code INFO}, weight 30. */
    INFO(30),
    /** {@code LOG}, weight 40. */
    LOG(40),
    /** {@code WARN}, weight 50. */
    WARN(50),
    /** {@code ERROR}, weight 100. */
    ERROR(100),
    /** {@code CRITICAL}, above every other level. */
    CRITICAL(200);

    private final int weight;

    LogLevel(int weight) {
        this.weight = weight;
    }

    /**
     * @return the numeric weight; a line is kept when its weight is at least the configured level's
     */
    public int weight() {
        return weight;
    }
}
