// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * folder holding {@code results.sqlite}) open its {@link ResultsEditor}; other folders keep their behaviour. With two
 * run folders selected the context menu offers "Compare Runs" ({@link CompareEditor}; A is the first in the
 * selection's order — the explorer's order, by name — B the second).
 */
public final class RunFolderOpen extends CommonActionProvider {

	private Action open, compare;

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
			compare = new Action("Compare Runs") {
				@Override
				public void run() {
					List<Path> two = runFolders();
					if (two.size() == 2) {
						try {
							CompareEditor.open(workbenchSite.getPage(), two.get(0), two.get(1));
						} catch (PartInitException e) {
							ErrorDialog.openError(workbenchSite.getShell(), "Compare Runs", "Cannot compare " + two.get(0) + " with " + two.get(1),
									e.getStatus());
						}
					}
				}
			};
		}
	}

	/** @return the two run folders of a selection of exactly two run folders, else an empty list */
	private List<Path> runFolders() {
		List<Path> out = new ArrayList<>();
		if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection s && s.size() == 2) {
			for (Object o : s.toList()) {
				if (o instanceof IFolder f && f.getLocation() != null && ResultsEditor.isRunFolder(f.getLocation().toFile().toPath())) {
					out.add(f.getLocation().toFile().toPath());
				}
			}
		}
		return out.size() == 2 ? out : List.of();
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
		if (compare != null && runFolders().size() == 2) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, compare);
		}
	}
}
