/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

/**
 * A registered listener; {@link #close()} removes it (idempotent).
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Removes the listener. */
    @Override
    void close();
}
