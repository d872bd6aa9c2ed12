// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;

/** Opening the results editor and finding its widgets by their data keys. */
final class ResultsUi {

	private ResultsUi() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Opens the results editor of a run folder and waits until its run is read. */
	static ResultsEditor open(Path runDir) {
		ResultsEditor editor = Ui.on(() -> {
			try {
				page().getWorkbenchWindow().getShell().setSize(1400, 900);
				return ResultsEditor.open(page(), runDir);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		try {
			editor.loadingJob().join(120_000, null);
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
		Ui.run(() -> { });
		return editor;
	}

	/** @return the first descendant of {@code root} (itself included) that has data under {@code key}, or null (UI thread) */
	@SuppressWarnings("unchecked")
	static <T extends Control> T find(Control root, String key) {
		if (root.getData(key) != null) {
			return (T) root;
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				T found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** @return the editor's whole area (UI thread) */
	static Composite area(ResultsEditor editor) {
		Control header = find(editor.getSite().getShell(), "segsense.results.header");
		return header.getParent().getParent();
	}
}
