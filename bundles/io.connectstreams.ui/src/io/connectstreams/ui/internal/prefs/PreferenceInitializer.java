package io.connectstreams.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.AgentPreferences;

/**
 * The defaults of {@link AgentPreferences} (registered with {@code org.eclipse.core.runtime.preferences}): the
 * sandbox's address and cookie, notifications on, voice and callback ringtones on, chat and task off (Streams'
 * defaults).
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AgentPreferences.NODE);
        defaults.put(AgentPreferences.INSTANCE_URL, AgentPreferences.DEFAULT_INSTANCE_URL);
        defaults.put(AgentPreferences.LOGIN_URL, ""); //$NON-NLS-1$
        defaults.put(AgentPreferences.REGION, ""); //$NON-NLS-1$
        defaults.put(AgentPreferences.TRUSTED_CERTIFICATE, ""); //$NON-NLS-1$
        defaults.put(AgentPreferences.SESSION_COOKIE_NAME, AgentPreferences.DEFAULT_SESSION_COOKIE_NAME);
        defaults.putBoolean(AgentPreferences.NOTIFICATIONS, true);
        for (ContactType type : AgentPreferences.RINGTONE_TYPES) {
            boolean ringsByDefault = type == ContactType.VOICE || type == ContactType.QUEUE_CALLBACK;
            defaults.putBoolean(AgentPreferences.ringtoneDisabledKey(type), !ringsByDefault);
            defaults.put(AgentPreferences.ringtoneFileKey(type), ""); //$NON-NLS-1$
        }
    }
}
