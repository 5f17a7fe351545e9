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
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The view's one line of feedback: the last failed action or sign-in problem, or a piece of information. A
 * read-only text, so screen readers reach it and the user can copy it; errors in the theme's error colour (JFace),
 * information in the normal one. Its space is always kept (two lines), so the panel does not jump when a message
 * comes or goes; while empty the space shows nothing (no empty field, in any theme). A message goes away when the agent dismisses it, when the action it is about ({@code source})
 * next succeeds, or after a while.
 */
public final class MessageLine {

    /** How long an error stays: long enough to read it twice. */
    static final int ERROR_MILLIS = 60_000;
    /** How long information stays. */
    static final int INFO_MILLIS = 20_000;
    private static final int LINES = 2;

    private final Text text;
    private final Button close;
    private String source;
    private Runnable expiry;

    /**
     * @param parent where it goes (a grid layout)
     * @param resources the view's icons
     */
    public MessageLine(Composite parent, ViewResources resources) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        text = new Text(row, SWT.READ_ONLY | SWT.WRAP);
        text.setData(WidgetIds.KEY, WidgetIds.MESSAGE);
        Accessibility.named(text, () -> text.getText().isEmpty() ? Messages.Message_accessibleName
                : Messages.Message_accessibleName + ": " + text.getText()); //$NON-NLS-1$
        GridData textLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        GC gc = new GC(text);
        try {
            textLayout.heightHint = LINES * gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        textLayout.widthHint = 100; // wraps to the panel's width instead of widening it
        text.setLayoutData(textLayout);
        close = new Button(row, SWT.PUSH | SWT.FLAT);
        close.setImage(resources.icon("close")); //$NON-NLS-1$
        close.setToolTipText(Messages.Message_closeTooltip);
        close.setData(WidgetIds.KEY, WidgetIds.MESSAGE_CLOSE);
        Accessibility.name(close, Messages.Message_close);
        close.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        close.addListener(SWT.Selection, event -> clear());
        close.setVisible(false);
        // the lines stay reserved (the layout never jumps) but show nothing, in any theme, while empty
        text.setVisible(false);
    }

    /**
     * @param message an error to show
     */
    public void error(String message) {
        error(null, message);
    }

    /**
     * @param about the action it is about ({@link #succeeded(String)} clears it), {@code null} for none
     * @param message an error to show
     */
    public void error(String about, String message) {
        show(about, message, true);
    }

    /**
     * @param message information to show
     */
    public void info(String message) {
        info(null, message);
    }

    /**
     * @param about the action it is about ({@link #succeeded(String)} clears it), {@code null} for none
     * @param message information to show
     */
    public void info(String about, String message) {
        show(about, message, false);
    }

    /**
     * @param action an action that just succeeded: a message about it is out of date
     */
    public void succeeded(String action) {
        if (action != null && action.equals(source)) {
            clear();
        }
    }

    /** Empties the line. */
    public void clear() {
        if (text.isDisposed() || text.getText().isEmpty()) {
            return;
        }
        source = null;
        expiry = null;
        text.setText(""); //$NON-NLS-1$
        text.setToolTipText(null);
        close.setVisible(false);
        text.setVisible(false);
    }

    private void show(String about, String message, boolean error) {
        if (text.isDisposed()) {
            return;
        }
        source = about;
        text.setForeground(error ? JFaceColors.getErrorText(text.getDisplay()) : null);
        text.setText(message);
        text.setToolTipText(message);
        text.setVisible(true);
        close.setVisible(true);
        Runnable expire = new Runnable() {
            @Override
            public void run() {
                if (expiry == this) {
                    clear();
                }
            }
        };
        expiry = expire;
        text.getDisplay().timerExec(error ? ERROR_MILLIS : INFO_MILLIS, () -> {
            if (!text.isDisposed()) {
                expire.run();
            }
        });
    }
}
