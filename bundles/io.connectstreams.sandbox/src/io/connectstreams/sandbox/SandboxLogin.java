/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

/**
 * A signed-in session: the cookie a browser would hold after the login page. Send it to {@code /auth/authorize}
 * (or use it as {@code Credentials.sessionCookie(name, value)}). {@link #toString()} hides the value.
 *
 * @param cookieName the cookie's name ({@link Sandbox#SESSION_COOKIE})
 * @param cookieValue the session id (secret)
 */
public record SandboxLogin(String cookieName, String cookieValue) {

    /**
     * @return the {@code Cookie} request header value
     */
    public String cookieHeader() {
        return cookieName + "=" + cookieValue;
    }

    @Override
    public String toString() {
        return "SandboxLogin[cookieName=" + cookieName + ", cookieValue=<redacted>]";
    }
}
