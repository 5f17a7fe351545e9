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

import java.util.function.Supplier;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.ui.WidgetIds;

/**
 * Names controls for screen readers where the visible text does not say what the control is (a combo, a key of
 * the DTMF pad, a level meter). The one place the view names a control: the listener it registers is also kept as
 * the control's {@link WidgetIds#ACCESSIBLE_NAME} data, so the name a screen reader gets can be read back.
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * @param control a control
     * @param name what a screen reader announces
     */
    public static void name(Control control, String name) {
        named(control, () -> name);
    }

    /**
     * Names a control whose name changes (a level meter named by its tooltip).
     *
     * @param control a control
     * @param name what a screen reader announces, asked each time
     */
    public static void named(Control control, Supplier<String> name) {
        AccessibleListener listener = new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == ACC.CHILDID_SELF) {
                    event.result = name.get();
                }
            }
        };
        control.getAccessible().addAccessibleListener(listener);
        control.setData(WidgetIds.ACCESSIBLE_NAME, listener);
    }

    /**
     * Names a label whose text is a value ("Ada Lovelace") by what the value is and the value ("Caller: Ada
     * Lovelace").
     *
     * @param label a label
     * @param name what its text is
     */
    public static void value(Label label, String name) {
        named(label, () -> label.getText().isBlank() ? name : name + ": " + label.getText().strip()); //$NON-NLS-1$
    }

    /**
     * Names a button by its current text (which changes: Hold, Resume), without an ellipsis; for a button whose
     * icon comes first.
     *
     * @param button a button
     */
    public static void text(Button button) {
        named(button, () -> button.getText().replace("...", "").strip()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
