/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui;

/**
 * The agent view's own preferences: node {@link #NODE} of {@code InstanceScope} (the preference page writes them, an
 * embedder may preset them in {@code plugin_customization.ini} as {@code io.connectstreams.ui/notifications=false}).
 * Defaults are in {@code DefaultScope}. The connection (instance, certificate, cookie name, ringtones) is the
 * session's: {@code io.connectstreams.session.SessionPreferences}.
 */
public final class AgentPreferences {

    /** The preference node: the bundle's symbolic name. */
    public static final String NODE = "io.connectstreams.ui"; //$NON-NLS-1$

    /** Whether incoming contacts raise a desktop notification; default {@code true}. */
    public static final String NOTIFICATIONS = "notifications"; //$NON-NLS-1$

    // the agent panel's ring countdown (issue 12)

    /**
     * How long an offered contact rings before it is missed, in seconds, for the panel's countdown: the agent
     * snapshot does not carry it (the back end decides), so an embedder sets its instance's value here; {@code 0} or
     * absent means {@link #DEFAULT_RING_TIMEOUT_SECONDS}.
     */
    public static final String RING_TIMEOUT_SECONDS = "ringTimeoutSeconds"; //$NON-NLS-1$

    /** The ring time the countdown assumes without {@link #RING_TIMEOUT_SECONDS}: the sandbox's. */
    public static final int DEFAULT_RING_TIMEOUT_SECONDS = 30;

    // the wrap-up form's codes without a host service (issue 14)

    /**
     * The disposition codes of the wrap-up form when the host registers no {@code DispositionCodes} service (a
     * service always wins): {@code code=Label} entries separated by {@code ;}, such as
     * {@code resolved=Resolved;follow-up=Follow-up}; a bare {@code code} is its own label. Absent or blank: no
     * codes, the form offers notes only. Meant for {@code plugin_customization.ini}:
     * {@code io.connectstreams.ui/dispositionCodes=resolved=Resolved;follow-up=Follow-up}.
     */
    public static final String DISPOSITION_CODES = "dispositionCodes"; //$NON-NLS-1$

    private AgentPreferences() {
    }
}
