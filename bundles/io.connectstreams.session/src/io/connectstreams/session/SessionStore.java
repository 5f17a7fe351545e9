/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import io.connectstreams.api.Credentials;

/**
 * Where the agent's sign-in keeps the login session between starts, so the agent can sign in again without the login
 * page. The bundle registers {@link SecureSessionStore#defaultStore()} (Equinox secure storage) as an OSGi service
 * with ranking {@value #DEFAULT_RANKING}; a product or a test registers its own {@code SessionStore} service with a
 * higher ranking to replace it (for example a {@link SecureSessionStore} over a secure store opened without a
 * master-password prompt). Reading the encrypted value may ask for the master password: call these methods off the
 * UI thread.
 */
public interface SessionStore {

    /** The service ranking of the bundle's own store. */
    int DEFAULT_RANKING = -100;

    /**
     * @return whether a session is stored; reads no encrypted value (never asks for a password)
     * @throws IOException when the store cannot be read
     */
    boolean contains() throws IOException;

    /**
     * @return the stored session, decrypted
     * @throws IOException when the store cannot be read or decrypted
     */
    Optional<StoredSession> load() throws IOException;

    /**
     * Stores the session, replacing any other, and writes it to disk (the cookie value encrypted).
     *
     * @param session what to keep
     * @throws IOException when it cannot be written
     */
    void save(StoredSession session) throws IOException;

    /**
     * Removes the stored session and writes the change to disk.
     *
     * @throws IOException when it cannot be written
     */
    void remove() throws IOException;

    /**
     * A login session of one instance. {@link #toString()} never shows the cookie's value.
     *
     * @param instanceUrl the instance the cookie belongs to
     * @param cookie the session cookie (secret)
     */
    record StoredSession(URI instanceUrl, Credentials.SessionCookie cookie) {

        /** Validates. */
        public StoredSession {
            Objects.requireNonNull(instanceUrl, "instanceUrl"); //$NON-NLS-1$
            Objects.requireNonNull(cookie, "cookie"); //$NON-NLS-1$
        }
    }
}
