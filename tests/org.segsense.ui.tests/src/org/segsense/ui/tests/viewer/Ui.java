// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/** Drives SWT from a test thread: runs code on the workbench's UI thread, waits, captures pixels. */
public final class Ui {

    private Ui() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs a query on the UI thread, letting pending events run first and after. */
    public static <T> T on(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(query.get());
                flush();
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    public static void run(Runnable action) {
        on(() -> {
            action.run();
            return null;
        });
    }

    /** Processes every pending event (call on the UI thread). */
    public static void flush() {
        Display d = display();
        for (int i = 0; i < 5; i++) {
            while (d.readAndDispatch()) {
                // run them all
            }
        }
    }

    public static void await(CompletableFuture<?> future) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("background work of the viewer did not finish: " + e, e);
        }
        run(() -> { });
    }

    public static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (on(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** Sends an event to a widget as the user's input would (call on the UI thread). */
    public static void send(Widget w, int type, Event e) {
        e.widget = w;
        e.display = w.getDisplay();
        e.type = type;
        w.notifyListeners(type, e);
    }

    /**
     * Moves the pointer to the screen's bottom-right corner, outside the windows under test: the
     * pointer of a headless display rests mid-screen, where a view's tooltip would cover pixels.
     */
    public static void parkPointer() {
        Rectangle screen = display().getBounds();
        display().setCursorLocation(screen.x + screen.width - 1, screen.y + screen.height - 1);
        flush();
    }

    /** The pixels of a control as they are on the screen (call on the UI thread). */
    public static ImageData capture(Control c) {
        // copyArea reads the X server's pixels: the shell must be on top (the workbench window, raised
        // by earlier tests, would otherwise show through), and no tooltip may cover it.
        c.getShell().moveAbove(null);
        c.getShell().forceActive();
        parkPointer();
        Rectangle r = c.getBounds();
        // GTK 3 paints on its frame clock, not in update(): wait for the repaint to happen and reach
        // the X server before reading pixels back.
        boolean[] painted = {false};
        org.eclipse.swt.widgets.Listener onPaint = e -> painted[0] = true;
        java.util.List<Control> all = descendants(c, new java.util.ArrayList<>());
        all.forEach(x -> x.addListener(SWT.Paint, onPaint));
        c.redraw(0, 0, r.width, r.height, true);
        c.update();
        long end = System.nanoTime() + 3_000_000_000L;
        while (!painted[0] && System.nanoTime() < end) {
            if (!c.getDisplay().readAndDispatch()) {
                sleep(5);
            }
        }
        long settle = System.nanoTime() + 150_000_000L;
        while (System.nanoTime() < settle) {
            if (!c.getDisplay().readAndDispatch()) {
                sleep(5);
            }
        }
        all.forEach(x -> x.removeListener(SWT.Paint, onPaint));
        Image img = new Image(c.getDisplay(), r.width, r.height);
        GC gc = new GC(c);
        try {
            gc.copyArea(img, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = img.getImageData();
        img.dispose();
        return data;
    }

    private static java.util.List<Control> descendants(Control c, java.util.List<Control> into) {
        into.add(c);
        if (c instanceof org.eclipse.swt.widgets.Composite) {
            for (Control child : ((org.eclipse.swt.widgets.Composite) c).getChildren()) {
                descendants(child, into);
            }
        }
        return into;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saves a control's pixels as a PNG under target/screenshots (call on the UI thread). */
    public static Path screenshot(Control c, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {capture(c)};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** @return {r, g, b} of a pixel of 24/32-bit image data */
    public static int[] rgb(ImageData d, int x, int y) {
        org.eclipse.swt.graphics.RGB c = d.palette.getRGB(d.getPixel(x, y));
        return new int[] {c.red, c.green, c.blue};
    }
}
