// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.tests.viewer.Ui;

/** Finds the run actions' controls by their ids and drives their dialogs from a test thread. */
final class RunUi {

	private RunUi() {
	}

	/** @return the control with id {@code id} under {@code root} (call on the UI thread) */
	@SuppressWarnings("unchecked")
	static <T extends Control> T find(Control root, String id) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		return (T) all.stream().filter(c -> id.equals(c.getData(Ids.KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no control " + id + " under " + root));
	}

	private static void collect(Control c, List<Control> into) {
		into.add(c);
		if (c instanceof Composite k) {
			for (Control child : k.getChildren()) {
				collect(child, into);
			}
		}
	}

	/**
	 * Saves the pixels of a control that keeps changing (the workbench window during a run: the Progress view's items
	 * come and go) as target/screenshots/NAME.png: lets pending events run for {@code settleMs}, then copies what is on
	 * the screen (call on the UI thread).
	 */
	static Path shot(Control c, String name, long settleMs) {
		c.getShell().moveAbove(null);
		c.getShell().forceActive();
		long end = System.nanoTime() + settleMs * 1_000_000L;
		while (System.nanoTime() < end) {
			if (!c.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		Rectangle r = c.getBounds();
		Image img = new Image(c.getDisplay(), r.width, r.height);
		GC gc = new GC(c);
		try {
			gc.copyArea(img, 0, 0);
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

	/** Presses a button without waiting (it may open a modal dialog). */
	static void pressLater(Button b) {
		Ui.display().asyncExec(() -> {
			Event e = new Event();
			e.widget = b;
			b.notifyListeners(SWT.Selection, e);
		});
	}

	/** Presses the button {@code id} under {@code root} and returns the dialog {@code shellId} it opens. */
	static Shell pressForDialog(Control root, String id, String shellId) {
		pressLater(Ui.on(() -> find(root, id)));
		return dialog(shellId);
	}

	/** Waits for the dialog {@code shellId} and returns its shell. */
	static Shell dialog(String shellId) {
		Ui.waitUntil(() -> open(shellId).isPresent(), "the dialog " + shellId);
		return Ui.on(() -> open(shellId).orElseThrow());
	}

	static Optional<Shell> open(String shellId) {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible() && shellId.equals(s.getData(Ids.KEY)))
				.findFirst();
	}

	/** Presses the dialog's OK and waits until it closed. */
	static void ok(Shell dialog, String shellId) {
		pressLater(Ui.on(() -> find(dialog, Ids.DIALOG_OK)));
		Ui.waitUntil(() -> open(shellId).isEmpty(), "the dialog " + shellId + " to close");
	}
}
