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
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import io.connectstreams.api.Credentials;

/**
 * A {@link SessionStore} in Equinox secure storage: node {@value #NODE}, the instance URL and cookie name in clear,
 * the cookie value encrypted. Exception messages never contain the cookie.
 */
public final class SecureSessionStore implements SessionStore {

    /** The secure-storage node. */
    public static final String NODE = "io.connectstreams"; //$NON-NLS-1$

    private static final String INSTANCE_URL = "instanceUrl"; //$NON-NLS-1$
    private static final String COOKIE_NAME = "sessionCookieName"; //$NON-NLS-1$
    private static final String COOKIE_VALUE = "sessionCookie"; //$NON-NLS-1$

    private final Supplier<ISecurePreferences> root;

    /**
     * @param root gives the root of the secure store, for example one opened with
     *            {@code SecurePreferencesFactory.open(location, options)}; asked at each use, may give {@code null}
     *            when no store is available
     */
    public SecureSessionStore(Supplier<ISecurePreferences> root) {
        this.root = root;
    }

    /**
     * @return a store over the default secure storage ({@link SecurePreferencesFactory#getDefault()}), which asks
     *         the platform's password provider for the master password when it needs it
     */
    public static SecureSessionStore defaultStore() {
        return new SecureSessionStore(SecurePreferencesFactory::getDefault);
    }

    @Override
    public boolean contains() throws IOException {
        ISecurePreferences preferences = root();
        if (!preferences.nodeExists(NODE)) {
            return false;
        }
        ISecurePreferences node = preferences.node(NODE);
        return contains(node, INSTANCE_URL) && contains(node, COOKIE_NAME) && contains(node, COOKIE_VALUE);
    }

    @Override
    public Optional<StoredSession> load() throws IOException {
        if (!contains()) {
            return Optional.empty();
        }
        ISecurePreferences node = root().node(NODE);
        try {
            String instance = node.get(INSTANCE_URL, null);
            String name = node.get(COOKIE_NAME, null);
            String value = node.get(COOKIE_VALUE, null);
            if (instance == null || name == null || value == null || name.isBlank() || value.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredSession(URI.create(instance),
                    new Credentials.SessionCookie(name, value)));
        } catch (StorageException e) {
            throw new IOException("secure storage could not be read: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new IOException("secure storage holds a malformed session", e); //$NON-NLS-1$
        }
    }

    @Override
    public void save(StoredSession session) throws IOException {
        ISecurePreferences preferences = root();
        ISecurePreferences node = preferences.node(NODE);
        try {
            node.put(INSTANCE_URL, session.instanceUrl().toString(), false);
            node.put(COOKIE_NAME, session.cookie().name(), false);
            node.put(COOKIE_VALUE, session.cookie().value(), true);
        } catch (StorageException e) {
            node.remove(COOKIE_VALUE);
            throw new IOException("secure storage could not encrypt the session: " + e.getMessage(), e); //$NON-NLS-1$
        }
        preferences.flush();
    }

    @Override
    public void remove() throws IOException {
        ISecurePreferences preferences = root();
        if (!preferences.nodeExists(NODE)) {
            return;
        }
        ISecurePreferences node = preferences.node(NODE);
        node.remove(INSTANCE_URL);
        node.remove(COOKIE_NAME);
        node.remove(COOKIE_VALUE);
        preferences.flush();
    }

    private ISecurePreferences root() throws IOException {
        ISecurePreferences preferences = root.get();
        if (preferences == null) {
            throw new IOException("Equinox secure storage is not available"); //$NON-NLS-1$
        }
        return preferences;
    }

    private static boolean contains(ISecurePreferences node, String key) {
        for (String existing : node.keys()) {
            if (existing.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
