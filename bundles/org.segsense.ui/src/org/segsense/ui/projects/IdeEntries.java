// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;

/**
 * Hides the IDE bundles' action sets that put entries SegSense has no use for into the File menu: Open File…
 * ({@code org.eclipse.ui.actionSet.openFiles}) and Convert Line Delimiters To
 * ({@code org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo}) — on every page of the window and again
 * after a perspective is activated or reset, since both bring the action sets back. (The IDE's Restart is a
 * command, hidden by the activity {@code org.segsense.ui.projects.ideEntries} in plugin.xml; activities do not
 * hide these action sets.)
 */
public final class IdeEntries {

	/** The action sets hidden. */
	public static final List<String> ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	private IdeEntries() {
	}

	/** Hides the entries in {@code window} now and whenever a perspective is activated or reset there. */
	public static void hideIn(IWorkbenchWindow window) {
		for (IWorkbenchPage page : window.getPages()) {
			hide(page);
		}
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hide(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hide(page);
				}
			}
		});
	}

	private static void hide(IWorkbenchPage page) {
		ACTION_SETS.forEach(page::hideActionSet);
	}
}
