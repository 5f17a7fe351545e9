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

import io.connectstreams.api.model.AgentStateType;

/**
 * An agent state as {@code GetAgentStates} lists it and {@code PutAgentState} sets it; system and error states the
 * engine shows have no ARN.
 *
 * @param arn the state's ARN, {@code null} for system and error states
 * @param type routable, not_routable, offline, system or error
 * @param name the state name ({@code Available}, {@code Lunch}, {@code AfterCallWork}, ...)
 */
public record StateDef(String arn, AgentStateType type, String name) {

    /**
     * @param other another state
     * @return whether both show the same type and name
     */
    public boolean sameAs(StateDef other) {
        return other != null && type == other.type && name.equals(other.name);
    }
}
