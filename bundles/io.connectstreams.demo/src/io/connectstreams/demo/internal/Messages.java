package io.connectstreams.demo.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The demo's strings ({@code messages.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.connectstreams.demo.internal.messages"; //$NON-NLS-1$

    /** The window title. */
    public static String DemoApplication_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
