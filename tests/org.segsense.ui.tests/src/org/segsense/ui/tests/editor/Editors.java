// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import java.util.Arrays;
import java.util.Optional;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.OpenStudyHandler;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.tests.viewer.Ui;

/** Opens the study editor, switches its pages, runs workbench commands on it and drives its dialogs (from a test thread). */
final class Editors {

	private Editors() {
	}

	static StudyEditor open(Path file) {
		return EditorUi.on(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				page.getWorkbenchWindow().getShell().setSize(1300, 880);
				StudyEditor e = (StudyEditor) OpenStudyHandler.open(page, file);
				page.setPartState(page.getReference(e), IWorkbenchPage.STATE_MAXIMIZED);
				return e;
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	static void close(StudyEditor editor) {
		if (editor != null) {
			EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		}
	}

	static Control page(StudyEditor editor, String id) {
		return EditorUi.on(() -> {
			editor.setActivePage(id);
			return editor.getActivePageInstance().getPartControl();
		});
	}

	/** Runs a workbench command (org.eclipse.ui.edit.undo …) on the editor. */
	static void command(StudyEditor editor, String id) {
		EditorUi.run(() -> {
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError(id + " failed: " + e, e);
			}
		});
	}

	/** Presses a button that opens a modal dialog, without waiting for it; returns the dialog's shell (id {@code shellId}). */
	static Shell pressForDialog(Control root, String buttonId, String shellId) {
		Button b = EditorUi.on(() -> EditorUi.<Button>find(root, buttonId));
		Ui.display().asyncExec(() -> {
			Event e = new Event();
			e.widget = b;
			b.notifyListeners(org.eclipse.swt.SWT.Selection, e);
		});
		Ui.waitUntil(() -> dialog(shellId).isPresent(), "the dialog " + shellId);
		return EditorUi.on(() -> dialog(shellId).orElseThrow());
	}

	static Optional<Shell> dialog(String shellId) {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible() && shellId.equals(s.getData(Ids.KEY)))
				.findFirst();
	}

	/** Presses OK in a dialog (asynchronously: the dialog may stay open with an error). */
	static void ok(Shell dialog) {
		Button b = EditorUi.on(() -> EditorUi.<Button>find(dialog, Ids.DIALOG_OK));
		Ui.display().asyncExec(() -> {
			Event e = new Event();
			e.widget = b;
			b.notifyListeners(org.eclipse.swt.SWT.Selection, e);
		});
		EditorUi.run(() -> { });
	}
}
