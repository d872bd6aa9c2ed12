// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.segsense.model.Study;

/**
 * Open (double-click, Enter, or the context menu) on an object of a study in the Project Explorer — a case, a
 * model variant, an axis, … — opens its study file in the study editor.
 */
public final class StudyObjectOpen extends CommonActionProvider {

	private Action open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new Action("Open") {
				@Override
				public void run() {
					IFile file = studyFile();
					if (file != null) {
						try {
							IDE.openEditor(workbenchSite.getPage(), file, true);
						} catch (PartInitException e) {
							org.eclipse.jface.dialogs.ErrorDialog.openError(workbenchSite.getShell(), "Open", "Cannot open " + file.getName(),
									e.getStatus());
						}
					}
				}
			};
		}
	}

	private IFile studyFile() {
		if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o
				&& EcoreUtil.getRootContainer(o) instanceof Study study) {
			return StudyFiles.fileOf(study);
		}
		return null;
	}

	@Override
	public void fillActionBars(IActionBars bars) {
		if (open != null && studyFile() != null) {
			bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && studyFile() != null) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}
}
