package io.connectstreams.demo.internal.signin;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Hands the demo sandbox's instance URL and certificate to the agent view's preferences (instance scope, node
 * {@value #NODE}), so the view's own sign-in reaches the sandbox and trusts exactly its certificate. The keys are
 * provisional until the view defines its preference keys; they are documented in docs/demo.md.
 */
public final class UiPreferencesHandOff {

    /** The agent view bundle's preference node. */
    public static final String NODE = "io.connectstreams.ui";
    /** The instance URL ({@code https://127.0.0.1:<port>/}). */
    public static final String INSTANCE_URL = "instanceUrl";
    /** The path of the certificate (PEM) to trust for that instance. */
    public static final String TRUSTED_CERTIFICATE = "trustedCertificateFile";

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
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(INSTANCE_URL, instanceUrl.toString());
        node.put(TRUSTED_CERTIFICATE, certificate.toAbsolutePath().toString());
        node.flush();
    }
}
