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

import java.time.Duration;

/**
 * An action or request got no answer in time. Streams has no timeouts (GitHub #1090); every action here has one.
 */
public class RequestTimeoutException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The client-side error type. */
    public static final String TYPE = "Timeout";

    /**
     * @param operation what timed out
     * @param timeout how long it waited
     */
    public RequestTimeoutException(String operation, Duration timeout) {
        super(TYPE, operation + " got no answer within " + timeout.toMillis() + " ms", 0, null);
    }
}
