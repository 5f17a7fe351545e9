/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.internal;

import java.io.IOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import io.connectstreams.session.SecureSessionStore;
import io.connectstreams.session.SessionStore;

/**
 * Registers the default secure storage as the {@link SessionStore} of lowest rank; a store registered with a higher
 * ranking replaces it.
 */
@Component(service = SessionStore.class, property = "service.ranking:Integer=" + SessionStore.DEFAULT_RANKING)
public final class DefaultSessionStoreComponent implements SessionStore {

    private final SessionStore delegate = SecureSessionStore.defaultStore();

    @Override
    public boolean contains() throws IOException {
        return delegate.contains();
    }

    @Override
    public Optional<StoredSession> load() throws IOException {
        return delegate.load();
    }

    @Override
    public void save(StoredSession session) throws IOException {
        delegate.save(session);
    }

    @Override
    public void remove() throws IOException {
        delegate.remove();
    }
}
