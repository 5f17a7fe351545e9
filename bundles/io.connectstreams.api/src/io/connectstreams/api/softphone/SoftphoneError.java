/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

import java.util.Objects;

/**
 * Payload of {@code agent::softphone_error}; Streams' {@code connect.SoftphoneError(errorType, errorMessage,
 * endPointUrl)}.
 *
 * @param errorType the error type
 * @param errorMessage what happened, never containing a credential
 * @param endPointUrl the signaling or TURN URL involved, may be {@code null}
 */
public record SoftphoneError(SoftphoneErrorType errorType, String errorMessage, String endPointUrl) {

    /** Validates the type. */
    public SoftphoneError {
        Objects.requireNonNull(errorType, "errorType");
    }
}
