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
