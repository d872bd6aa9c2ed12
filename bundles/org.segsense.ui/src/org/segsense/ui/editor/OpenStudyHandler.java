// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.segsense.ui.viewer.PathEditorInput;

/** File → Open Study…: chooses a study file and opens it in the {@link StudyEditor} (works without org.eclipse.ui.ide). */
public final class OpenStudyHandler extends AbstractHandler {

	/** The command id. */
	public static final String COMMAND_ID = "org.segsense.ui.editor.openStudy";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Study");
		dialog.setFilterExtensions(new String[] {"*.segsense", "*.*"});
		dialog.setFilterNames(new String[] {"SegSense studies (*.segsense)", "All files"});
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				open(window.getActivePage(), Path.of(chosen));
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open " + chosen + ": " + e.getMessage(), e);
			}
		}
		return null;
	}

	/**
	 * Opens {@code file} in the study editor of {@code page} (an editor already open on it is activated).
	 *
	 * @return the editor; for a file that is not a readable study, the workbench's error part that shows why
	 */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		return page.openEditor(new PathEditorInput(file.toAbsolutePath()), StudyEditor.ID);
	}
}
