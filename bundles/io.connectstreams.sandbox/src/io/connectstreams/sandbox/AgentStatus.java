/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.util.List;

/**
 * An agent as the control API shows it.
 *
 * @param username the login name
 * @param name the display name
 * @param agentArn the agent ARN
 * @param state the name of the state the snapshot shows ({@code Available}, {@code Busy}, {@code AfterCallWork}, ...)
 * @param stateType its type ({@code routable}, {@code system}, ...)
 * @param nextState the enqueued next state's name, or {@code null}
 * @param contactIds the agent's contacts, in snapshot order
 */
public record AgentStatus(String username, String name, String agentArn, String state, String stateType,
        String nextState, List<String> contactIds) {

    /** Copies. */
    public AgentStatus {
        contactIds = List.copyOf(contactIds);
    }
}
