// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.segsense.model.Design;
import org.segsense.model.FactorialDesign;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * The study's design: one-at-a-time (each axis swept alone, the others at their reference) or factorial
 * (every combination). Changing it replaces the design object by one of the other kind that uses the same
 * axes, in one command.
 */
final class DesignCombo {

	static final String ONE_AT_A_TIME = "One at a time (each axis alone)";
	static final String FACTORIAL = "Factorial (every combination of the axes)";

	private final Combo combo;
	private final StudyEditor editor;

	DesignCombo(StudyEditor editor, Composite parent, Decorations decorations) {
		this.editor = editor;
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(ONE_AT_A_TIME, FACTORIAL);
		combo.setData(Ids.KEY, Ids.DESIGN);
		combo.setToolTipText("How the axes' sweeps combine into perturbation settings.");
		GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		gd.horizontalIndent = 8;
		combo.setLayoutData(gd);
		combo.addListener(SWT.Selection, e -> choose(combo.getSelectionIndex() == 1));
		decorations.add(combo, () -> editor.study(), Literals.STUDY__DESIGN);
	}

	private void choose(boolean factorial) {
		Study study = editor.study();
		Design old = study.getDesign();
		if (old != null && (old instanceof FactorialDesign) == factorial) {
			return;
		}
		Design d = factorial ? SegsenseFactory.eINSTANCE.createFactorialDesign() : SegsenseFactory.eINSTANCE.createOneAtATimeDesign();
		if (old != null) {
			d.getAxes().addAll(old.getAxes());
		}
		editor.execute(SetCommand.create(editor.getEditingDomain(), study, Literals.STUDY__DESIGN, d));
	}

	void refresh() {
		if (!combo.isDisposed()) {
			combo.select(editor.study().getDesign() instanceof FactorialDesign ? 1 : 0);
		}
	}
}
