package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

import io.connectstreams.ui.WidgetIds;

/**
 * The small stand-in for SWTBot (not on Maven Central): finds widgets by their {@link WidgetIds} id, drives them
 * with real SWT events and waits for conditions by running the event loop until they hold or a deadline passes.
 * Every method runs on the UI thread.
 */
final class UiRobot {

    private final Display display;

    UiRobot(Display display) {
        this.display = display;
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
     * Runs the event loop until the condition holds.
     *
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited, for the failure message
     */
    void waitUntil(Duration timeout, BooleanSupplier condition, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out after " + timeout.toMillis() + " ms waiting for " + description);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes the sleeping loop so the condition is checked again
                });
                display.sleep();
            }
        }
    }

    /** Runs every pending UI event. */
    void flush() {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /**
     * Sends the events a user's click sends.
     *
     * @param widget a button, menu item or similar
     */
    void click(Widget widget) {
        widget.notifyListeners(SWT.Selection, new Event());
        flush();
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
        Point size = control.getSize();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static <T extends Control> void collect(Control control, Class<T> type, String id, List<T> found) {
        if (type.isInstance(control) && id.equals(control.getData(WidgetIds.KEY))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, id, found);
            }
        }
    }
}
