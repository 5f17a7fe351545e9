/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/**
 * Shows and hides controls of a grid or row layout without leaving a gap.
 */
final class Layouts {

    private Layouts() {
    }

    /**
     * @param control a control whose layout data is a {@link GridData} or a {@code RowData}
     * @param visible whether it shows
     */
    static void show(Control control, boolean visible) {
        if (control.getVisible() == visible) {
            return;
        }
        if (control.getLayoutData() instanceof org.eclipse.swt.layout.RowData row) {
            row.exclude = !visible;
        } else {
            ((GridData) control.getLayoutData()).exclude = !visible;
        }
        control.setVisible(visible);
        control.requestLayout();
    }

    /**
     * @param control a label or button
     * @param text its new text, set only when it differs (no needless relayout)
     * @return whether it changed
     */
    static boolean text(org.eclipse.swt.widgets.Label control, String text) {
        if (text.equals(control.getText())) {
            return false;
        }
        control.setText(text);
        control.requestLayout();
        return true;
    }

    /**
     * @param control a button
     * @param text its new text, set only when it differs
     */
    static void text(org.eclipse.swt.widgets.Button control, String text) {
        if (!text.equals(control.getText())) {
            control.setText(text);
            control.requestLayout();
        }
    }

    /**
     * @param control a control
     * @param tooltip its new tooltip, set only when it differs
     */
    static void tooltip(Control control, String tooltip) {
        if (!java.util.Objects.equals(tooltip, control.getToolTipText())) {
            control.setToolTipText(tooltip);
        }
    }
}
