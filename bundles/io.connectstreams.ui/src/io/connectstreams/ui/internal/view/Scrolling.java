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

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

/**
 * Keeps a scrolled panel's content as wide as the part (so rows wrap to it) and as tall as it needs at that width:
 * when the part is smaller than the content's minimum, the panel scrolls instead of clipping.
 */
public final class Scrolling {

    private final ScrolledComposite scroller;
    private final Composite content;
    private boolean pending;
    private IntConsumer heightChanged = height -> {
        // nobody to tell
    };

    private Scrolling(ScrolledComposite scroller, Composite content) {
        this.scroller = scroller;
        this.content = content;
    }

    /**
     * @param scroller the scrolled composite (expanding both ways)
     * @param content its content
     * @return the fitting, to call {@link #fit()} on whenever the content may have changed its size
     */
    public static Scrolling follow(ScrolledComposite scroller, Composite content) {
        Scrolling scrolling = new Scrolling(scroller, content);
        scroller.addListener(SWT.Resize, event -> scrolling.fit());
        scrolling.fit();
        return scrolling;
    }

    /**
     * Sets the content's minimum size to what it needs at the part's width, once the changes of this turn of the
     * event loop are made: many changes cost one measurement (a GTK size request per widget, slow on a busy
     * machine).
     */
    public void fit() {
        if (pending || scroller.isDisposed()) {
            return;
        }
        pending = true;
        scroller.getDisplay().asyncExec(() -> {
            pending = false;
            if (scroller.isDisposed()) {
                return;
            }
            int width = scroller.getClientArea().width;
            Point needed = content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT);
            if (needed.x != scroller.getMinWidth() || needed.y != scroller.getMinHeight()) {
                boolean newHeight = needed.y != scroller.getMinHeight();
                scroller.setMinSize(needed);
                if (newHeight) {
                    heightChanged.accept(needed.y);
                }
            }
        });
    }

    /**
     * Gives the panel, the first part of a vertical sash form, the height its content needs whenever that changes
     * (a contact listed, the keypad opened), as far as the other part keeps a fifth: the panel then shows all of
     * it rather than scroll. It only grows, so the agent's own moves of the sash hold until the content grows again.
     *
     * @param sash the vertical sash form whose first part is the scrolled panel
     */
    public void growIn(SashForm sash) {
        heightChanged = needed -> {
            int total = sash.getClientArea().height - sash.getSashWidth();
            int trim = scroller.getSize().y - scroller.getClientArea().height;
            int wanted = Math.min(needed + trim, total * 4 / 5);
            if (total > 0 && wanted > scroller.getSize().y) {
                sash.setWeights(wanted, total - wanted);
            }
        };
    }
}
