// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * In the Project Explorer, Open (double-click, Enter) and the context menu's "Open Results" on a run folder (a
 * folder holding {@code results.sqlite}) open its {@link ResultsEditor}; other folders keep their behaviour.
 */
public final class RunFolderOpen extends CommonActionProvider {

	private Action open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new Action("Open Results") {
				@Override
				public void run() {
					Path dir = runFolder();
					if (dir != null) {
						try {
							ResultsEditor.open(workbenchSite.getPage(), dir);
						} catch (PartInitException e) {
							ErrorDialog.openError(workbenchSite.getShell(), "Open Results", "Cannot open the results of " + dir, e.getStatus());
						}
					}
				}
			};
		}
	}

	private Path runFolder() {
		if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection s && s.size() == 1
				&& s.getFirstElement() instanceof IFolder f && f.getLocation() != null) {
			Path dir = f.getLocation().toFile().toPath();
			return ResultsEditor.isRunFolder(dir) ? dir : null;
		}
		return null;
	}

	@Override
	public void fillActionBars(IActionBars bars) {
		if (open != null && runFolder() != null) {
			bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && runFolder() != null) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}
}
