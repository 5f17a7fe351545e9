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

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Names controls for screen readers where the visible text does not say what the control is (a combo, a key of
 * the DTMF pad, a level meter).
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * @param control a control
     * @param name what a screen reader announces
     */
    public static void name(Control control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    event.result = name;
                }
            }
        });
    }

    /**
     * Names a label whose text is a value ("Ada Lovelace") by what the value is and the value ("Caller: Ada
     * Lovelace").
     *
     * @param label a label
     * @param name what its text is
     */
    public static void value(org.eclipse.swt.widgets.Label label, String name) {
        label.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    event.result = label.getText().isBlank() ? name : name + ": " + label.getText().strip(); //$NON-NLS-1$
                }
            }
        });
    }

    /**
     * Names a button by its current text (which changes: Hold, Resume), without an ellipsis; for a button whose
     * icon comes first.
     *
     * @param button a button
     */
    public static void text(org.eclipse.swt.widgets.Button button) {
        button.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    event.result = button.getText().replace("...", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        });
    }
}
