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
 * {@link Streams#terminate()} ran while the action was pending, or the action was started after it.
 */
public class TerminatedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "Terminated";

    /**
     * @param operation the action that could not complete
     */
    public TerminatedException(String operation) {
        super(TYPE, operation + " stopped: Streams was terminated", 0, null);
    }
}
