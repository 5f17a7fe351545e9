/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

/**
 * The sandbox agent the demo signs in as: Jane Doe, one of the sandbox's documented demo agents
 * ({@code Sandbox.defaultAgents()}, docs/sandbox.md). Not a secret: the sandbox publishes these credentials.
 */
public final class DemoAgent {

    /** The username. */
    public static final String USERNAME = "jane";
    /** The sandbox's demo password of that agent. */
    public static final String PASSWORD = "jane-sandbox";

    private DemoAgent() {
    }
}
