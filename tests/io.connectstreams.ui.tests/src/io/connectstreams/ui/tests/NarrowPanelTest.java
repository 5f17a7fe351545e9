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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * The panel in a narrow, short part (a side panel 320 px wide): every visible control lies inside its parent and
 * is not squeezed below its preferred width, the table's headers are whole, and the panel scrolls to reach what
 * does not fit, at each step of a call (ringing, on the call muted with the keypad open, after-call work).
 */
class NarrowPanelTest extends ViewTestBase {

    static final int NARROW = 320;
    private static final int SHORT = 420;
    /** The height of the narrow screenshots. */
    static final int TALL = 760;
    private static final String CALLER = "+14255550199";
    /** The part's size in the wide screenshots. */
    static final int WIDE = 900;
    static final int WIDE_HEIGHT = 560;

    @BeforeEach
    void narrow() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        resize(robot, view, NARROW, SHORT);
    }

    @Test
    void nothingIsClippedInANarrowShortPart() throws Exception {
        nameTheCaller(CALLER);
        ScrolledComposite panel = view.find(ScrolledComposite.class, WidgetIds.PANEL);
        assertNothingClipped(panel);
        signInAvailable();
        assertNothingClipped(panel);
        ring(CALLER);
        assertNothingClipped(panel);
        screenshot("narrow-ringing");

        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(CALLER, Phase.CONNECTED);
        Button mute = view.find(Button.class, WidgetIds.MUTE);
        robot.waitUntil(mute::isEnabled, "mute during the call");
        robot.toggle(mute);
        robot.waitUntil(() -> view.find(Label.class, WidgetIds.MUTED_BADGE).isVisible(), "muted");
        robot.toggle(view.find(Button.class, WidgetIds.KEYPAD));
        robot.waitUntil(() -> view.find(Button.class, WidgetIds.dtmf('#')).isVisible(), "the keypad open");
        assertNothingClipped(panel);
        screenshot("narrow-on-call-muted");
        assertTrue(panel.getVerticalBar().isVisible(), "a short part scrolls");
        Control last = view.find(Button.class, WidgetIds.dtmf('#'));
        panel.showControl(last);
        robot.flush();
        assertTrue(panel.getOrigin().y > 0, "scrolled down to the keypad");
        panel.setOrigin(0, 0);

        robot.click(view.find(Button.class, WidgetIds.HANG_UP));
        awaitContact(CALLER, Phase.AFTER_CALL_WORK);
        assertNothingClipped(panel);
        screenshot("narrow-after-call-work");
    }

    /**
     * Fails on the panel before the fix: the list of contacts was always shown and the panel's part of the sash
     * fixed, so in a wide part the list was a sliver under the call log's title.
     */
    @Test
    void severalContactsAreListedWithAllTheirRowsInView() {
        resize(robot, view, WIDE, WIDE_HEIGHT);
        ScrolledComposite panel = view.find(ScrolledComposite.class, WidgetIds.PANEL);
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        signInAvailable();
        ring(CALLER);
        assertNothingClipped(panel);
        assertFalse(contacts.isVisible(), "one contact is on the card: no list");
        robot.click(view.find(Button.class, WidgetIds.ACCEPT));
        awaitContact(CALLER, Phase.CONNECTED);
        String task = fixture.center().taskArrives("Follow up").contactId();
        robot.waitUntil(() -> contacts.isVisible() && Arrays.stream(contacts.getItems())
                .anyMatch(item -> task.equals(item.getData())), () -> "the task listed: " + UiRobot.rows(contacts));
        robot.waitUntil(() -> inView(panel, contacts), () -> "the list and all its rows in view: "
                + panel.getDisplay().map(contacts.getParent(), null, contacts.getBounds()) + " in "
                + panel.getDisplay().map(panel, null, panel.getClientArea()));
        assertNothingClipped(panel);
        resize(robot, view, NARROW, SHORT);
        assertNothingClipped(panel);
    }

    // the table inside the panel's visible area, its rows inside the table's
    private static boolean inView(ScrolledComposite panel, Table table) {
        Rectangle visible = panel.getDisplay().map(panel, null, panel.getClientArea());
        Rectangle bounds = panel.getDisplay().map(table.getParent(), null, table.getBounds());
        return visible.contains(bounds.x, bounds.y)
                && visible.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)
                && rowsHidden(table).isEmpty();
    }

    // the rows cut off by the table's own height (a list that must be scrolled by itself)
    private static List<Integer> rowsHidden(Table table) {
        Rectangle area = table.getClientArea();
        List<Integer> hidden = new ArrayList<>();
        for (int row = 0; row < table.getItemCount(); row++) {
            Rectangle item = table.getItem(row).getBounds();
            if (item.y < area.y || item.y + item.height > area.y + area.height) {
                hidden.add(row);
            }
        }
        return hidden;
    }

    // a side panel is narrow but tall: the picture shows that; the checks run in the short part
    private void screenshot(String name) throws java.io.IOException {
        resize(robot, view, NARROW, TALL);
        Screenshots.save(robot, view.composite, name);
        resize(robot, view, NARROW, SHORT);
    }

    /**
     * Gives the agent view a part of this size: the view maximized in a workbench window sized to fit it.
     */
    static void resize(UiRobot robot, AgentViewHandle view, int width, int height) {
        Shell shell = view.page.getWorkbenchWindow().getShell();
        view.page.setPartState(view.page.getReference(view.view), IWorkbenchPage.STATE_MAXIMIZED);
        // the window's trim around the part is known only once laid out: correct until the part has the size
        for (int attempt = 0; attempt < 5 && !view.composite.getSize().equals(new Point(width, height)); attempt++) {
            Point part = view.composite.getSize();
            Point window = shell.getSize();
            shell.setSize(window.x - part.x + width, window.y - part.y + height);
            robot.waitUntil(() -> !view.composite.getSize().equals(part) || shell.getSize().equals(window),
                    "the part to follow the window");
        }
        robot.waitUntil(() -> view.composite.getSize().equals(new Point(width, height)),
                () -> "the part " + width + " by " + height + " px: " + view.composite.getSize());
    }

    /**
     * @param panel the scrolled panel
     */
    void assertNothingClipped(ScrolledComposite panel) {
        robot.flush();
        Composite content = (Composite) panel.getContent();
        Point needed = content.computeSize(panel.getClientArea().width, SWT.DEFAULT);
        Point size = content.getSize();
        assertTrue(size.x >= needed.x && size.y >= needed.y,
                () -> "the content as large as it needs (so scrolling reaches all of it): " + size + " < " + needed);
        List<String> clipped = new ArrayList<>();
        check(content, clipped);
        assertTrue(clipped.isEmpty(), () -> "clipped: " + clipped);
    }

    private static void check(Composite parent, List<String> clipped) {
        Rectangle area = parent.getClientArea();
        for (Control child : parent.getChildren()) {
            if (!child.getVisible()) {
                continue;
            }
            Rectangle bounds = child.getBounds();
            String name = child.getClass().getSimpleName() + " " + child.getData(WidgetIds.KEY) + " "
                    + text(child) + " " + bounds;
            if (bounds.x < area.x || bounds.y < area.y || bounds.x + bounds.width > area.x + area.width
                    || bounds.y + bounds.height > area.y + area.height) {
                clipped.add(name + " outside its parent's " + area);
            }
            boolean wraps = (child.getStyle() & SWT.WRAP) != 0;
            if ((child instanceof Button || child instanceof Combo || child instanceof Label && !wraps)) {
                Point preferred = child.computeSize(SWT.DEFAULT, SWT.DEFAULT);
                if (bounds.width < preferred.x || bounds.height < preferred.y) {
                    clipped.add(name + " smaller than its content " + preferred);
                }
            }
            for (Control other : parent.getChildren()) {
                if (other != child && other.getVisible() && child.getBounds().intersects(other.getBounds())
                        && !child.getBounds().isEmpty() && !other.getBounds().isEmpty()
                        && Arrays.asList(parent.getChildren()).indexOf(other) > Arrays.asList(parent.getChildren())
                                .indexOf(child)) {
                    clipped.add(name + " overlaps " + other.getClass().getSimpleName() + " "
                            + other.getData(WidgetIds.KEY) + " " + text(other) + " " + other.getBounds());
                }
            }
            if (child instanceof Table table) {
                List<Integer> hidden = rowsHidden(table);
                if (!hidden.isEmpty()) {
                    clipped.add(name + " rows not fully shown: " + hidden);
                }
                GC gc = new GC(table);
                try {
                    for (TableColumn column : table.getColumns()) {
                        if (column.getWidth() < gc.textExtent(column.getText()).x) {
                            clipped.add("column " + column.getText() + " " + column.getWidth() + " px");
                        }
                    }
                } finally {
                    gc.dispose();
                }
            }
            if (child instanceof Composite composite && !(child instanceof Table) && !(child instanceof Combo)) {
                check(composite, clipped);
            }
        }
    }

    private static String text(Control control) {
        if (control instanceof Label label) {
            return "'" + label.getText() + "'";
        }
        if (control instanceof Button button) {
            return "'" + button.getText() + "'";
        }
        return "";
    }
}
