// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.segsense.ui.tests.viewer.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.segsense.ui.editor.Ids;

/** Drives the study editor's widgets from a test thread: finds them by {@link Ids}, types, presses, captures. */
public final class EditorUi {

	private EditorUi() {
	}

	public static Display display() {
		return Ui.display();
	}

	/** Runs {@code query} on the UI thread, with pending events run after it ({@link Ui#on}). */
	public static <T> T on(Supplier<T> query) {
		return Ui.on(query);
	}

	public static void run(Runnable action) {
		Ui.run(action);
	}

	public static void flush() {
		Ui.flush();
	}

	/** The one control under {@code root} whose id is {@code id} (call on the UI thread). */
	@SuppressWarnings("unchecked")
	public static <T extends Control> T find(Control root, String id) {
		List<Control> hits = new ArrayList<>();
		collect(root, id, hits);
		if (hits.size() != 1) {
			throw new AssertionError(hits.size() + " controls with id " + id);
		}
		return (T) hits.get(0);
	}

	public static boolean exists(Control root, String id) {
		List<Control> hits = new ArrayList<>();
		collect(root, id, hits);
		return !hits.isEmpty();
	}

	private static void collect(Control c, String id, List<Control> into) {
		if (c.isDisposed()) {
			return;
		}
		if (id.equals(c.getData(Ids.KEY))) {
			into.add(c);
		}
		if (c instanceof Composite comp) {
			for (Control child : comp.getChildren()) {
				collect(child, id, into);
			}
		}
	}

	/** Types {@code text} into a text field and presses Enter, as a user commits it. */
	public static void type(org.eclipse.swt.widgets.Text t, String text) {
		t.setFocus();
		t.setText(text);
		send(t, SWT.DefaultSelection);
	}

	/** Chooses an item of a combo as the user does. */
	public static void choose(org.eclipse.swt.widgets.Combo c, int index) {
		c.select(index);
		send(c, SWT.Selection);
	}

	public static void send(Control c, int type) {
		Event e = new Event();
		e.widget = c;
		e.display = c.getDisplay();
		e.type = type;
		c.notifyListeners(type, e);
	}

	/** Saves the pixels of {@code c} as target/screenshots/{@code name}.png (call on the UI thread). */
	public static Path screenshot(Control c, String name) {
		c.getShell().moveAbove(null);
		c.getShell().forceActive();
		Display d = c.getDisplay();
		d.setCursorLocation(d.getBounds().width - 1, d.getBounds().height - 1);
		c.redraw();
		c.update();
		long end = System.nanoTime() + 500_000_000L; // GTK paints on its frame clock
		while (System.nanoTime() < end) {
			if (!d.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		org.eclipse.swt.graphics.Rectangle r = c.getBounds();
		Image img = new Image(d, r.width, r.height);
		GC gc = new GC(c);
		try {
			gc.copyArea(img, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = img.getImageData();
		img.dispose();
		Path file;
		try {
			file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] {data};
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
