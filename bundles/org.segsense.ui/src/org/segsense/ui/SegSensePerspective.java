// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The SegSense perspective: the editor area for studies, with the Properties view below it.
 * The study, run and result views join it as they are built.
 */
public final class SegSensePerspective implements IPerspectiveFactory {

	/** The perspective id, also the workbench's initial perspective. */
	public static final String ID = "org.segsense.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
