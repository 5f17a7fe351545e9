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
 * The agent configuration was refused ({@code InvalidConfigurationException}).
 */
public class InvalidConfigurationException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "InvalidConfigurationException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public InvalidConfigurationException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
