package io.connectstreams.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The view's strings ({@code messages.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.connectstreams.ui.internal.messages"; //$NON-NLS-1$

    /** Shown while no session runs. */
    public static String AgentView_signedOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
