package io.connectstreams.ui;

/**
 * Names set with {@code widget.setData(KEY, id)} on the view's controls, so UI tests and accessibility tools find a
 * control without depending on its label or position.
 */
public final class WidgetIds {

    /** The data key. */
    public static final String KEY = "io.connectstreams.ui.id"; //$NON-NLS-1$

    /** The connection-status label. */
    public static final String CONNECTION_STATUS = "connectionStatus"; //$NON-NLS-1$

    private WidgetIds() {
    }
}
