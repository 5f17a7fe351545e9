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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import io.connectstreams.ui.WidgetIds;

/**
 * The small stand-in for SWTBot (not on Maven Central): finds widgets by their {@link WidgetIds} id, drives them
 * with the events a user's action sends (or real key events through {@link Display#post}), and waits for
 * conditions by running the event loop until they hold or a deadline passes; it never sleeps. Every method runs on
 * the UI thread. An optional {@link UiTaskMonitor} times every task the loop runs.
 */
final class UiRobot {

    /** How long a condition may take by default: far above any expected wait, only a hang reaches it. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final Display display;
    private UiTaskMonitor monitor;

    UiRobot(Display display) {
        this.display = display;
    }

    /**
     * @param value times every task of the event loop from now on, {@code null} to stop
     */
    void monitor(UiTaskMonitor value) {
        monitor = value;
    }

    /**
     * @param root where to search
     * @param type the widget class
     * @param id the {@link WidgetIds} id
     * @return the only matching control
     */
    <T extends Control> T find(Composite root, Class<T> type, String id) {
        List<T> found = new ArrayList<>();
        collect(root, type, id, found);
        if (found.size() != 1) {
            fail("expected one " + type.getSimpleName() + " '" + id + "', found " + found.size());
        }
        return found.get(0);
    }

    /**
     * @param type the widget class
     * @param id the {@link WidgetIds} id
     * @return the only matching control in any shell
     */
    <T extends Control> T findAnywhere(Class<T> type, String id) {
        List<T> found = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            collect(shell, type, id, found);
        }
        if (found.size() != 1) {
            fail("expected one " + type.getSimpleName() + " '" + id + "', found " + found.size());
        }
        return found.get(0);
    }

    /**
     * @param id a {@link WidgetIds} id set on a shell (a dialog, a notification)
     * @return the open shells carrying it
     */
    List<Shell> shells(String id) {
        return Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(WidgetIds.KEY))).toList();
    }

    /**
     * Waits until a shell with this id opens.
     *
     * @param id a {@link WidgetIds} id set on a shell
     * @param description what is awaited
     * @return the shell
     */
    Shell waitForShell(String id, String description) {
        return waitFor(() -> shells(id).stream().findFirst(), description);
    }

    /**
     * Runs the event loop until the condition holds.
     *
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited, for the failure message
     */
    void waitUntil(Duration timeout, BooleanSupplier condition, String description) {
        waitUntil(timeout, condition, () -> description);
    }

    /**
     * Runs the event loop until the condition holds.
     *
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited, computed for the failure message
     */
    void waitUntil(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out after " + timeout.toMillis() + " ms waiting for " + description.get());
            }
            if (!dispatch()) {
                display.timerExec(10, () -> {
                    // wakes the sleeping loop so the condition is checked again
                });
                display.sleep();
            }
        }
    }

    /**
     * @param condition what must become true
     * @param description what is awaited
     */
    void waitUntil(BooleanSupplier condition, String description) {
        waitUntil(WAIT, condition, description);
    }

    /**
     * @param condition what must become true
     * @param description what is awaited, computed for the failure message
     */
    void waitUntil(BooleanSupplier condition, Supplier<String> description) {
        waitUntil(WAIT, condition, description);
    }

    /**
     * @param value gives the awaited value once there is one
     * @param description what is awaited
     * @return the value
     */
    <T> T waitFor(Supplier<Optional<T>> value, String description) {
        List<T> found = new ArrayList<>(1);
        waitUntil(WAIT, () -> value.get().map(found::add).orElse(false), description);
        return found.get(0);
    }

    /** Runs every pending UI event. */
    void flush() {
        while (dispatch()) {
            // keep dispatching
        }
    }

    /**
     * Sends the events a user's click sends to a push button (or menu item, or similar).
     *
     * @param widget the widget
     */
    void click(Widget widget) {
        if (widget instanceof Control control) {
            assertTrue(control.isEnabled(), () -> "clicked a disabled control: " + widget.getData(WidgetIds.KEY));
        }
        timed(() -> widget.notifyListeners(SWT.Selection, new Event()));
        flush();
    }

    /**
     * Clicks a toggle or check button: its selection flips, then the selection event is sent.
     *
     * @param button the button
     */
    void toggle(Button button) {
        assertTrue(button.isEnabled(), "toggled a disabled button");
        timed(() -> {
            button.setSelection(!button.getSelection());
            button.notifyListeners(SWT.Selection, new Event());
        });
        flush();
    }

    /**
     * Chooses an entry of a combo as the user does.
     *
     * @param combo the combo
     * @param item the entry's text
     */
    void select(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems()));
        timed(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
        flush();
    }

    /**
     * Types a text into a text field and moves on: its content changes (modify listeners run), the release of the
     * last key is sent, then the loss of focus (what validating fields listen to).
     *
     * @param text the field
     * @param value the new content
     */
    void type(Text text, String value) {
        timed(() -> {
            text.setText(value);
            Event keyUp = new Event();
            keyUp.character = value.isEmpty() ? SWT.BS : value.charAt(value.length() - 1);
            text.notifyListeners(SWT.KeyUp, keyUp);
            text.notifyListeners(SWT.FocusOut, new Event());
        });
        flush();
    }

    /**
     * Selects a row of a table as a click on it does.
     *
     * @param table the table
     * @param row the row's index
     */
    void selectRow(Table table, int row) {
        TableItem item = table.getItem(row);
        timed(() -> {
            table.setSelection(row);
            Event event = new Event();
            event.item = item;
            table.notifyListeners(SWT.Selection, event);
        });
        flush();
    }

    /**
     * Double-clicks a row of a table (selects it, then the default selection).
     *
     * @param table the table
     * @param row the row's index
     */
    void doubleClickRow(Table table, int row) {
        selectRow(table, row);
        TableItem item = table.getItem(row);
        timed(() -> {
            Event event = new Event();
            event.item = item;
            table.notifyListeners(SWT.DefaultSelection, event);
        });
        flush();
    }

    /**
     * @param table a table
     * @return the text of every cell, row by row
     */
    static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                cells.add(item.getText(column));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Presses a key combination with real key events ({@link Display#post}) to the focused window, the way a
     * keyboard does: modifiers down, the key down and up, modifiers up in reverse order.
     *
     * @param focus the control the user works in: it gets the focus first, and the keys go to its window
     * @param modifiers the modifier key codes ({@link SWT#CTRL}, {@link SWT#ALT}, ...)
     * @param key the character
     */
    void pressKeys(Control focus, int[] modifiers, char key) {
        focus.getShell().forceActive();
        assertTrue(focus.forceFocus(), "the control could not take the focus");
        waitUntil(WAIT, () -> display.getFocusControl() == focus, () -> "the focus on " + focus.getData(WidgetIds.KEY)
                + ", it is on " + display.getFocusControl() + " in " + display.getActiveShell());
        List<Integer> received = new ArrayList<>();
        org.eclipse.swt.widgets.Listener seen = event -> received.add(event.keyCode);
        display.addFilter(SWT.KeyDown, seen);
        try {
            timed(() -> {
                for (int modifier : modifiers) {
                    post(SWT.KeyDown, modifier, '\0');
                }
                post(SWT.KeyDown, 0, key);
                post(SWT.KeyUp, 0, key);
                for (int i = modifiers.length - 1; i >= 0; i--) {
                    post(SWT.KeyUp, modifiers[i], '\0');
                }
            });
            waitUntil(WAIT, () -> received.size() >= modifiers.length,
                    () -> "the key events to reach the focused window; received " + received + "; shells "
                            + Arrays.stream(display.getShells()).map(s -> s + (s.isVisible() ? " visible" : "")
                                    + (s == display.getActiveShell() ? " active" : "")).toList());
            flush();
        } finally {
            display.removeFilter(SWT.KeyDown, seen);
        }
    }

    /**
     * Saves what the control shows as a PNG.
     *
     * @param control the control
     * @param file the PNG file; parent folders are created
     * @throws IOException when the file cannot be written
     */
    void screenshot(Control control, Path file) throws IOException {
        flush();
        Files.createDirectories(file.getParent());
        ImageData settled = settledPicture(control);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { settled };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /**
     * Paints the control into images, frame after frame, until two frames are the same: GTK shows a change of state
     * (enabled, pressed) through a short CSS transition, so the first frame after a change is not yet what the user
     * sees. The control paints itself, so the picture does not depend on what the screen shows.
     */
    private ImageData settledPicture(Control control) {
        ImageData[] previous = new ImageData[1];
        ImageData[] current = new ImageData[1];
        waitUntil(WAIT, () -> {
            awaitPaint(control);
            previous[0] = current[0];
            current[0] = print(control);
            return previous[0] != null && Arrays.equals(previous[0].data, current[0].data);
        }, "the view to stop changing on screen");
        return current[0];
    }

    private ImageData print(Control control) {
        Point size = control.getSize();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            assertTrue(control.print(gc), "the control could not be printed");
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Waits until GTK has painted the control once more (a new frame).
     */
    private void awaitPaint(Control control) {
        boolean[] painted = new boolean[1];
        org.eclipse.swt.widgets.Listener listener = event -> painted[0] = true;
        control.addListener(SWT.Paint, listener);
        try {
            Point size = control.getSize();
            control.redraw(0, 0, size.x, size.y, true);
            waitUntil(WAIT, () -> painted[0], "the control to be painted");
        } finally {
            control.removeListener(SWT.Paint, listener);
        }
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the display refused a key event (no focused window?)");
    }

    private boolean dispatch() {
        UiTaskMonitor current = monitor;
        if (current == null) {
            return display.readAndDispatch();
        }
        current.begin();
        try {
            return display.readAndDispatch();
        } finally {
            current.end();
        }
    }

    private void timed(Runnable task) {
        UiTaskMonitor current = monitor;
        if (current == null) {
            task.run();
            return;
        }
        current.begin();
        try {
            task.run();
        } finally {
            current.end();
        }
    }

    private static <T extends Control> void collect(Control control, Class<T> type, String id, List<T> found) {
        if (type.isInstance(control) && id.equals(control.getData(WidgetIds.KEY)) && !control.isDisposed()) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, id, found);
            }
        }
    }
}
