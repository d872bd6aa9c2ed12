// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import java.nio.file.Path;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.OpenStudyHandler;
import org.segsense.ui.editor.StudyEditor;

/** One study editor opened as a user opens it (maximised), with its pages, the workbench's commands and its decorations. */
public final class EditorSession implements AutoCloseable {

	public final StudyEditor editor;

	public EditorSession(Path file) {
		editor = EditorUi.on(() -> {
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

	/** Activates the page {@code id} and returns its control. */
	public Control page(String id) {
		return EditorUi.on(() -> {
			editor.setActivePage(id);
			return editor.getActivePageInstance().getPartControl();
		});
	}

	/** @return the index of the page {@code id} among the editor's tabs */
	public int index(String id) {
		return EditorUi.on(() -> editor.findPage(id).getIndex());
	}

	/** The editor's page folder, tabs included (for screenshots). */
	public Control container() {
		return editor.getActivePageInstance().getPartControl().getParent();
	}

	/** Runs a workbench command (e.g. Undo) as the Edit menu does. */
	public void command(String id) {
		EditorUi.run(() -> {
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError(id + " failed: " + e, e);
			}
		});
	}

	public void undo() {
		command("org.eclipse.ui.edit.undo");
	}

	public void redo() {
		command("org.eclipse.ui.edit.redo");
	}

	/** @return whether the control {@code id} under {@code root} shows a validation decoration */
	public static boolean decorated(Control root, String id) {
		return EditorUi.on(() -> {
			ControlDecoration d = (ControlDecoration) EditorUi.find(root, id).getData(Ids.DECORATION);
			return d != null && d.isVisible();
		});
	}

	/** @return the decoration's hover text of the control {@code id} */
	public static String decoration(Control root, String id) {
		return EditorUi.on(() -> ((ControlDecoration) EditorUi.find(root, id).getData(Ids.DECORATION)).getDescriptionText());
	}

	@Override
	public void close() {
		EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
	}
}
