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

import java.time.Instant;

/**
 * Who monitors a contact and since when; Streams' {@code getMonitorInfo()} (snapshot member {@code monitoringInfo}).
 *
 * @param agentName the monitoring supervisor's name (wire {@code agent.agentName}), may be {@code null}
 * @param joinTimeStamp when monitoring started, may be {@code null}
 */
public record MonitoringInfo(String agentName, Instant joinTimeStamp) {
}
