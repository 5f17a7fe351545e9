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

import org.eclipse.osgi.util.NLS;

/**
 * The strings of the session's jobs and errors ({@code messages.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.connectstreams.session.internal.messages"; //$NON-NLS-1$

    /** See {@code messages.properties}. */
    public static String SignIn_job;

    /** See {@code messages.properties}. */
    public static String SignIn_checkStoredJob;

    /** See {@code messages.properties}. */
    public static String SignIn_noStoredSession;

    /** See {@code messages.properties}. */
    public static String SignIn_storedSessionOtherInstance;

    /** See {@code messages.properties}. */
    public static String SignOut_job;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
