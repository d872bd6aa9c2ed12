// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.segsense.ui.tests.viewer.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives the wizards' widgets from a test thread: UI-thread calls, widgets by id or text, screenshots. */
final class Gui {

	static final String ID_KEY = "org.segsense.ui.id";

	private Gui() {
	}

	static Display display() {
		return Ui.display();
	}

	static <T> T on(Supplier<T> query) {
		return Ui.on(query);
	}

	static void run(Runnable action) {
		Ui.run(action);
	}

	static void flush() {
		Ui.flush();
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		Ui.waitUntil(condition, what);
	}

	static List<Control> descendants(Control c, List<Control> into) {
		into.add(c);
		if (c instanceof Composite comp) {
			for (Control child : comp.getChildren()) {
				descendants(child, into);
			}
		}
		return into;
	}

	@SuppressWarnings("unchecked")
	static <C extends Control> C byId(Control root, String id) {
		return (C) descendants(root, new ArrayList<>()).stream().filter(c -> id.equals(c.getData(ID_KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no control with id " + id));
	}

	static <C extends Control> List<C> all(Control root, Class<C> type) {
		return descendants(root, new ArrayList<>()).stream().filter(type::isInstance).map(type::cast).filter(Control::isVisible).toList();
	}

	/** @return the visible button whose text, without mnemonics, is {@code text} */
	static Button button(Shell shell, String text) {
		return all(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** Clicks a button as the user would (on the UI thread). */
	static void click(Button b) {
		if (!b.isEnabled()) {
			throw new AssertionError("button " + b.getText() + " is disabled");
		}
		if ((b.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
			b.setSelection(!b.getSelection());
		}
		Event e = new Event();
		e.widget = b;
		b.notifyListeners(SWT.Selection, e);
	}

	/** Saves the screen's pixels under a shell as a PNG under target/screenshots (on the UI thread). */
	static Path screenshot(Shell shell, String name) {
		shell.moveAbove(null);
		shell.forceActive();
		Rectangle screen = shell.getDisplay().getBounds();
		shell.getDisplay().setCursorLocation(screen.width - 1, screen.height - 1);
		long settle = System.nanoTime() + 400_000_000L;
		while (System.nanoTime() < settle) {
			if (!shell.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		Rectangle r = shell.getBounds();
		Image img = new Image(shell.getDisplay(), r.width, r.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(img, r.x, r.y);
		} finally {
			gc.dispose();
		}
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] {img.getImageData()};
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		} finally {
			img.dispose();
		}
	}
}
