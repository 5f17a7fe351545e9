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

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.connectstreams.api.model.ContactType;
import io.connectstreams.session.SessionPreferences;

/**
 * The defaults of {@link SessionPreferences} (registered with {@code org.eclipse.core.runtime.preferences}): the
 * sandbox's address and cookie, voice and callback ringtones on, chat and task off (Streams' defaults).
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(SessionPreferences.NODE);
        defaults.put(SessionPreferences.INSTANCE_URL, SessionPreferences.DEFAULT_INSTANCE_URL);
        defaults.put(SessionPreferences.LOGIN_URL, ""); //$NON-NLS-1$
        defaults.put(SessionPreferences.REGION, ""); //$NON-NLS-1$
        defaults.put(SessionPreferences.TRUSTED_CERTIFICATE, ""); //$NON-NLS-1$
        defaults.put(SessionPreferences.SESSION_COOKIE_NAME, SessionPreferences.DEFAULT_SESSION_COOKIE_NAME);
        for (ContactType type : SessionPreferences.RINGTONE_TYPES) {
            boolean ringsByDefault = type == ContactType.VOICE || type == ContactType.QUEUE_CALLBACK;
            defaults.putBoolean(SessionPreferences.ringtoneDisabledKey(type), !ringsByDefault);
            defaults.put(SessionPreferences.ringtoneFileKey(type), ""); //$NON-NLS-1$
        }
    }
}
