// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The SegSense perspective: the Project Explorer (experiment projects: studies, case images, models, runs)
 * on the left, the editor area for studies and images, and the Properties, Problems and Progress views
 * below it. File → New offers the SegSense project and study wizards, File → Import the case import.
 */
public final class SegSensePerspective implements IPerspectiveFactory {

	/** The perspective id, also the workbench's initial perspective. */
	public static final String ID = "org.segsense.ui.perspective";
	/** The Project Explorer (Common Navigator over the workspace's projects). */
	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	/** The Progress view. */
	public static final String PROGRESS = "org.eclipse.ui.views.ProgressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.3f, editors);
		var bottom = layout.createFolder("org.segsense.ui.perspective.bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(PROGRESS);
		for (String view : new String[] {PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, PROGRESS}) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut("org.segsense.ui.projects.newProject");
		layout.addNewWizardShortcut("org.segsense.ui.projects.newStudy");
	}
}
