/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

/**
 * Agent data was read before the first snapshot arrived; Streams' {@code StateError}.
 */
public class NotInitializedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "StateError";

    /**
     * @param what what was asked for
     */
    public NotInitializedException(String what) {
        super(TYPE, what + " is not available before the agent is initialized", 0, null);
    }
}
