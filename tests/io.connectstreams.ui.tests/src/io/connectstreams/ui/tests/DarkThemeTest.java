/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The panel in a dark theme: every widget of the view gets the Eclipse dark theme's colours the way its CSS sets
 * them, after the view has coloured its own (the test runtime has neither the dark theme's bundle nor API access to
 * the CSS engine). The caller's name and the timer take the theme's light text, the signal badges keep their own
 * colours (the view colours them again on every update), and the screenshots show it.
 */
class DarkThemeTest extends ViewTestBase {

    private static final RGB BACKGROUND = new RGB(0x2F, 0x2F, 0x2F);
    private static final RGB FIELD = new RGB(0x3A, 0x3A, 0x3A);
    private static final RGB TEXT = new RGB(0xDD, 0xDD, 0xDD);
    private static final RGB ALERT = new RGB(0xC6, 0x28, 0x28);

    private final List<Color> colors = new ArrayList<>();

    @BeforeEach
    void quiet() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @AfterEach
    void plainTheme() {
        // the next tests see the platform's own colours again
        for (Shell shell : view.composite.getDisplay().getShells()) {
            reset(shell);
        }
        colors.forEach(Color::dispose);
    }

    /**
     * What the Eclipse dark theme's CSS does to the widgets: dark backgrounds, light text, on every control.
     */
    private void darkTheme(Control control) {
        boolean field = control instanceof Text || control instanceof Combo || control instanceof Table;
        control.setBackground(color(field ? FIELD : BACKGROUND));
        control.setForeground(color(TEXT));
        if (control instanceof Table table) {
            // the theme's swt-header-background-color and swt-header-color
            table.setHeaderBackground(color(FIELD));
            table.setHeaderForeground(color(TEXT));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                darkTheme(child);
            }
        }
    }

    private Color color(RGB rgb) {
        Color color = new Color(rgb);
        colors.add(color);
        return color;
    }

    private static void reset(Control control) {
        control.setBackground(null);
        control.setForeground(null);
        if (control instanceof Table table) {
            table.setHeaderBackground(null);
            table.setHeaderForeground(null);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                reset(child);
            }
        }
    }

    @Test
    void thePanelReadsOnADarkBackground() throws Exception {
        Screenshots.frame(view.page, view.view);
        signInAvailable();
        String caller = "+14255550166";
        nameTheCaller(caller);
        ring(caller);
        // the theme restyles the view after it coloured its badges and buttons: the next updates colour them again
        darkTheme(view.page.getWorkbenchWindow().getShell());
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(caller, Phase.CONNECTED);
        Button mute = view.find(Button.class, WidgetIds.MUTE);
        robot.waitUntil(mute::isEnabled, "mute during the call");
        robot.toggle(mute);
        Label badge = view.find(Label.class, WidgetIds.MUTED_BADGE);
        Label name = view.find(Label.class, WidgetIds.CARD_NAME);
        robot.waitUntil(() -> badge.isVisible() && ALERT.equals(badge.getBackground().getRGB()),
                () -> "the red badge on the dark theme: " + badge.getBackground());
        Button hangUp = view.find(Button.class, WidgetIds.HANG_UP);
        robot.waitUntil(() -> ALERT.equals(hangUp.getBackground().getRGB()), "Hang up red again");
        RGB background = view.composite.getBackground().getRGB();
        robot.waitUntil(() -> luminance(background) < 0.25, () -> "a dark background: " + background);
        RGB text = name.getForeground().getRGB();
        assertTrue(luminance(text) > 0.5, () -> "the caller's name in light text: " + text);
        assertFalse(view.find(Text.class, WidgetIds.MESSAGE).isVisible(), "no empty message field on the panel");
        Screenshots.save(robot, view.composite, "dark-on-call-muted");
        NarrowPanelTest.resize(robot, view, NarrowPanelTest.NARROW, NarrowPanelTest.TALL);
        Screenshots.save(robot, view.composite, "dark-narrow-on-call-muted");

        // a second contact lists the contacts: in the theme's colours, header and rows
        String task = fixture.center().taskArrives("Follow up").contactId();
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        robot.waitUntil(() -> contacts.isVisible() && Arrays.stream(contacts.getItems())
                .anyMatch(item -> task.equals(item.getData())), "the task listed");
        for (Table table : List.of(contacts, view.find(Table.class, WidgetIds.CALL_LOG))) {
            assertEquals(FIELD, table.getBackground().getRGB(), () -> table.getData(WidgetIds.KEY) + " rows");
            assertEquals(FIELD, table.getHeaderBackground().getRGB(), () -> table.getData(WidgetIds.KEY) + " header");
            for (TableItem item : table.getItems()) {
                assertEquals(FIELD, item.getBackground().getRGB(), () -> table.getData(WidgetIds.KEY) + " row");
            }
        }
    }

    private static double luminance(RGB rgb) {
        return (0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue) / 255;
    }
}
