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
