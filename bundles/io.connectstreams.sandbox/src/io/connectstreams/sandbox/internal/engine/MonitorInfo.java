/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.List;

import io.connectstreams.api.model.MonitoringMode;

/**
 * What a supervisor's {@code monitoring} connection carries beyond a plain connection: whose it is, what the
 * supervisor may do ({@code monitorCapabilities}) and {@code monitoringInfo}.
 *
 * @param supervisor the supervisor's username
 * @param capabilities the modes the supervisor's permissions allow, in wire order
 * @param agentName the display name of the monitored agent ({@code monitoringInfo.agent.agentName})
 * @param joinedAt when the supervisor joined ({@code monitoringInfo.joinTimeStamp})
 */
record MonitorInfo(String supervisor, List<MonitoringMode> capabilities, String agentName, long joinedAt) {

    /** Copies. */
    MonitorInfo {
        capabilities = List.copyOf(capabilities);
    }
}
