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

import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.ui.WidgetIds;

/**
 * The view's one line of feedback: the last failed action or sign-in problem. A read-only text, so screen readers
 * reach it and the user can copy it; errors in the theme's error colour (JFace), information in the normal one.
 */
public final class MessageLine {

    private final Text text;

    /**
     * @param parent where it goes (a grid layout)
     */
    public MessageLine(Composite parent) {
        text = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
        text.setData(WidgetIds.KEY, WidgetIds.MESSAGE);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        layout.exclude = true;
        text.setLayoutData(layout);
        text.setVisible(false);
    }

    /**
     * @param message an error to show
     */
    public void error(String message) {
        show(message, true);
    }

    /**
     * @param message information to show
     */
    public void info(String message) {
        show(message, false);
    }

    /** Hides the line. */
    public void clear() {
        if (!text.getVisible()) {
            return;
        }
        text.setText(""); //$NON-NLS-1$
        setVisible(false);
    }

    private void show(String message, boolean error) {
        text.setForeground(error ? JFaceColors.getErrorText(text.getDisplay()) : null);
        text.setText(message);
        setVisible(true);
    }

    private void setVisible(boolean visible) {
        ((GridData) text.getLayoutData()).exclude = !visible;
        text.setVisible(visible);
        text.requestLayout();
    }
}
