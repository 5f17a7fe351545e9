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

    private AgentPreferences() {
    }
}
