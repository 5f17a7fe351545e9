/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

import io.connectstreams.ui.AgentPreferences;

/**
 * The defaults of {@link AgentPreferences} (registered with {@code org.eclipse.core.runtime.preferences}):
 * notifications on. The session bundle sets the defaults of the connection.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        DefaultScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, true);
    }
}
