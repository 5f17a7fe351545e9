package io.connectstreams.demo.internal.signin;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.connectstreams.ui.AgentPreferences;

/**
 * Hands the demo sandbox's instance URL and certificate to the agent view's preferences ({@link AgentPreferences},
 * instance scope), so the view's own sign-in ("Sign in again" after a sign-out) reaches the sandbox and trusts
 * exactly its certificate.
 */
public final class UiPreferencesHandOff {

    private UiPreferencesHandOff() {
    }

    /**
     * Writes both preferences and saves the node.
     *
     * @param instanceUrl the sandbox's base URL
     * @param certificate the sandbox's certificate file
     * @throws BackingStoreException when the preferences cannot be saved
     */
    public static void publish(URI instanceUrl, Path certificate) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AgentPreferences.NODE);
        node.put(AgentPreferences.INSTANCE_URL, instanceUrl.toString());
        node.put(AgentPreferences.TRUSTED_CERTIFICATE, certificate.toAbsolutePath().toString());
        node.flush();
    }
}
