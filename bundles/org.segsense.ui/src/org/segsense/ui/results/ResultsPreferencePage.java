// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window → Preferences → SegSense Results: whether a run started from the workbench opens its results editor when it
 * finishes ({@link OpenWhenRunFinishes}). Widget data {@value #KEY_OPEN}: the check box.
 */
public final class ResultsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** Widget data key of the check box. */
	public static final String KEY_OPEN = "segsense.results.preferences.open";
	private Button open;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("The results editor of a run folder (curves, tables, jobs, drill-down).");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		open = new Button(c, SWT.CHECK);
		open.setText("Open the results editor when a run started from the workbench finishes");
		open.setSelection(OpenWhenRunFinishes.enabled());
		open.setData(KEY_OPEN, Boolean.TRUE);
		return c;
	}

	@Override
	protected void performDefaults() {
		open.setSelection(OpenWhenRunFinishes.byDefault());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		OpenWhenRunFinishes.setEnabled(open.getSelection());
		return true;
	}
}
