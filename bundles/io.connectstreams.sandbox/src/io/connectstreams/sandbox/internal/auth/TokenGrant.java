/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.auth;

import java.time.Instant;

/**
 * An access token with its refresh token, as {@code /auth/authorize} and {@code GetNewAuthToken} hand them out.
 * {@link #toString()} hides both tokens.
 *
 * @param accessToken the bearer token for the CTI API
 * @param expiration when it expires
 * @param refreshToken the token {@code GetNewAuthToken} accepts
 * @param refreshExpiration when the refresh token expires
 */
public record TokenGrant(String accessToken, Instant expiration, String refreshToken, Instant refreshExpiration) {

    @Override
    public String toString() {
        return "TokenGrant[accessToken=<redacted>, expiration=" + expiration + ", refreshToken=<redacted>]";
    }
}
