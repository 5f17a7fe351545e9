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

import java.time.Instant;
import java.util.Objects;

/**
 * How the worker proves who the agent is. {@link #toString()} never shows the secret; store credentials in Equinox
 * secure storage, never in preferences or logs.
 */
public sealed interface Credentials permits Credentials.SessionCookie, Credentials.AccessToken {

    /**
     * The login session of the instance (what the browser sign-in leaves behind); the worker trades it for a token
     * at {@code /auth/authorize} and again whenever the token nears expiry.
     *
     * @param name the cookie name
     * @param value the cookie value
     * @return the credentials
     */
    static Credentials sessionCookie(String name, String value) {
        return new SessionCookie(name, value);
    }

    /**
     * A token obtained elsewhere. It cannot be refreshed: when it expires the agent is signed out.
     *
     * @param token the access token
     * @param expiration when it expires
     * @return the credentials
     */
    static Credentials accessToken(String token, Instant expiration) {
        return new AccessToken(token, expiration);
    }

    /**
     * A session cookie.
     *
     * @param name cookie name
     * @param value cookie value (secret)
     */
    record SessionCookie(String name, String value) implements Credentials {

        /** Validates. */
        public SessionCookie {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank() || value.isEmpty()) {
                throw new IllegalArgumentException("session cookie: name and value must not be empty");
            }
        }

        @Override
        public String toString() {
            return "SessionCookie[name=" + name + ", value=<redacted>]";
        }
    }

    /**
     * An access token.
     *
     * @param token the token (secret)
     * @param expiration when it expires
     */
    record AccessToken(String token, Instant expiration) implements Credentials {

        /** Validates. */
        public AccessToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiration, "expiration");
            if (token.isEmpty()) {
                throw new IllegalArgumentException("token: must not be empty");
            }
        }

        @Override
        public String toString() {
            return "AccessToken[token=<redacted>, expiration=" + expiration + "]";
        }
    }
}
