/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.time.Instant;

/**
 * A CTI access token and its expiry. Kept in memory only; {@link #toString()} never shows it.
 *
 * @param value the token (secret)
 * @param expiration when it expires
 */
public record AuthToken(String value, Instant expiration) {

    @Override
    public String toString() {
        return "AuthToken[value=<redacted>, expiration=" + expiration + "]";
    }
}
