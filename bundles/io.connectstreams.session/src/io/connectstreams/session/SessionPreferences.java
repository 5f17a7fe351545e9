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

import java.util.Locale;

import io.connectstreams.api.model.ContactType;

/**
 * The connection preferences of the agent's session: node {@link #NODE} of {@code InstanceScope} (the agent view's
 * preference page writes them; an embedder may preset them in {@code plugin_customization.ini} as
 * {@code io.connectstreams.session/instanceUrl=...}). Defaults are in {@code DefaultScope}. Secrets are never
 * preferences: the session cookie lives in Equinox secure storage ({@link SecureSessionStore}).
 */
public final class SessionPreferences {

    /** The preference node: the bundle's symbolic name. */
    public static final String NODE = "io.connectstreams.session"; //$NON-NLS-1$

    /** The instance URL (Streams' {@code ccpUrl} base); default {@value #DEFAULT_INSTANCE_URL}, the sandbox's. */
    public static final String INSTANCE_URL = "instanceUrl"; //$NON-NLS-1$

    /** The sandbox's default address ({@code serve} without {@code --port}). */
    public static final String DEFAULT_INSTANCE_URL = "https://127.0.0.1:8443/"; //$NON-NLS-1$

    /** The sign-in page; empty for the default {@code <instance>/ccp-v2}. */
    public static final String LOGIN_URL = "loginUrl"; //$NON-NLS-1$

    /** The AWS region, for example {@code us-west-2}; may be empty. */
    public static final String REGION = "region"; //$NON-NLS-1$

    /**
     * A PEM file of certificates trusted in addition to the JVM's (an instance behind a private CA, or the sandbox's
     * certificate written with {@code --cert-out}); empty for the JVM's trust only. Verification is never turned off.
     */
    public static final String TRUSTED_CERTIFICATE = "trustedCertificate"; //$NON-NLS-1$

    /** The name of the instance's login-session cookie the browser sign-in waits for. */
    public static final String SESSION_COOKIE_NAME = "sessionCookieName"; //$NON-NLS-1$

    /** The sandbox's session cookie, the default of {@link #SESSION_COOKIE_NAME}. */
    public static final String DEFAULT_SESSION_COOKIE_NAME = "lily-auth-sandbox"; //$NON-NLS-1$

    /** The contact types whose ringtone the preferences configure. */
    public static final ContactType[] RINGTONE_TYPES = { ContactType.VOICE, ContactType.QUEUE_CALLBACK,
            ContactType.CHAT, ContactType.TASK };

    private SessionPreferences() {
    }

    /**
     * @param type a contact type
     * @return the key of "no ringtone for this type", for example {@code ringtone.voice.disabled}; voice and queue
     *         callbacks ring by default, chat and task do not
     */
    public static String ringtoneDisabledKey(ContactType type) {
        return "ringtone." + type.wireValue().toLowerCase(Locale.ROOT) + ".disabled"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param type a contact type
     * @return the key of the ringtone file (WAV) of this type, for example {@code ringtone.voice.file}; empty for
     *         the built-in tone
     */
    public static String ringtoneFileKey(ContactType type) {
        return "ringtone." + type.wireValue().toLowerCase(Locale.ROOT) + ".file"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
