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
 * Data could not be sent to the contact ({@code SendDataFailedException}).
 */
public class SendDataFailedException extends StreamsException {

    private static final long serialVersionUID = 1L;

    /** The service's exception name. */
    public static final String TYPE = "SendDataFailedException";

    /**
     * @param message what happened
     * @param statusCode the HTTP status
     */
    public SendDataFailedException(String message, int statusCode) {
        super(TYPE, message, statusCode, null);
    }
}
