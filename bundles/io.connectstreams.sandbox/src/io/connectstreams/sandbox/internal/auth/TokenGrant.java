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
