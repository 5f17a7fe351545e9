/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.wrapup;

import java.util.Objects;

/**
 * One outcome an agent can choose for a contact in after-call work ("Resolved", "Follow-up"), offered by the host
 * application through {@link DispositionCodes}.
 *
 * @param code what the call log and the host's records keep ({@code resolved}); at most {@value #MAX_CODE_LENGTH}
 *            characters, not blank
 * @param label what the agent reads in the wrap-up form ("Resolved"); the code when {@code null} or blank
 */
public record DispositionCode(String code, String label) {

    /** The longest code, in characters. */
    public static final int MAX_CODE_LENGTH = 100;

    /** Checks the code, defaults the label. */
    public DispositionCode {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("code: must be 1 to " + MAX_CODE_LENGTH + " characters, not blank");
        }
        if (label == null || label.isBlank()) {
            label = code;
        }
    }
}
