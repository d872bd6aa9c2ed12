// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.SegsensePackage.Literals;

/**
 * Reference and metrics: what the predictions are scored against ({@link ReferenceSection}), how
 * (evaluation space for spatial perturbations, aggregation of undefined surface distances and the worst
 * value it substitutes) and with which metrics ({@link MetricsSection}).
 */
final class ReferencePage extends FormPage {

	static final String ID = Ids.REFERENCE_PAGE;

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private ReferenceSection reference;
	private MetricsSection metrics;
	private Combo space;
	private Combo aggregation;
	private Text worst;
	private Fields fields;

	ReferencePage(StudyEditor editor) {
		super(editor, ID, "Reference and metrics");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Reference and metrics");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, true));
		Composite ref = OverviewPage.section(tk, body, "Reference", "What each prediction is scored against.");
		reference = new ReferenceSection(editor, tk, ref, decorations);

		Composite eval = OverviewPage.section(tk, body, "Evaluation", "Where predictions are compared, and how reports treat missed structures.");
		fields = new Fields(editor, tk, decorations);
		fields.label(eval, "Evaluation space:", ModelDocs.of(Literals.STUDY__EVALUATION_SPACE));
		space = enumCombo(eval, Ids.EVALUATION_SPACE, Literals.STUDY__EVALUATION_SPACE);
		fields.label(eval, "Missed structures:", ModelDocs.of(Literals.STUDY__AGGREGATION));
		aggregation = enumCombo(eval, Ids.AGGREGATION, Literals.STUDY__AGGREGATION);
		fields.label(eval, "Worst value (mm):", ModelDocs.of(Literals.STUDY__WORST_VALUE));
		worst = fields.text(eval, Ids.WORST_VALUE, SWT.SINGLE | SWT.BORDER, this::setWorst);
		worst.setMessage("grid diagonal");
		((GridData) worst.getLayoutData()).widthHint = 120;
		((GridData) worst.getLayoutData()).grabExcessHorizontalSpace = false;
		worst.setToolTipText("Used by \"worst case\": the distance (mm) a missed structure counts as. Empty: the diagonal of the case's grid,"
				+ " larger than any distance measurable on it. Must be a positive number.");
		decorations.add(worst, editor::study, Literals.STUDY__WORST_VALUE);

		Composite m = OverviewPage.section(tk, body, "Metrics", "Computed per job and label; each metric's id names it in the results.");
		((GridData) m.getParent().getLayoutData()).horizontalSpan = 2;
		metrics = new MetricsSection(editor, tk, m, decorations, this::refresh);
		editor.onChange(this::refresh);
		refresh();
	}

	/** A combo of an enum attribute of the study: its literals with their documentation. */
	private Combo enumCombo(Composite parent, String id, EAttribute attribute) {
		Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setData(Ids.KEY, id);
		List<EEnumLiteral> literals = ((EEnum) attribute.getEType()).getELiterals();
		c.setItems(literals.stream().map(l -> label(l)).toArray(String[]::new));
		StringBuilder tip = new StringBuilder(ModelDocs.of(attribute));
		literals.forEach(l -> tip.append("\n\u2022 ").append(label(l)).append(": ").append(ModelDocs.of(l)));
		c.setToolTipText(tip.toString());
		GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		gd.horizontalIndent = 8;
		c.setLayoutData(gd);
		c.addListener(SWT.Selection, e -> {
			Enumerator value = literals.get(c.getSelectionIndex()).getInstance();
			if (!value.equals(editor.study().eGet(attribute))) {
				editor.execute(SetCommand.create(editor.getEditingDomain(), editor.study(), attribute, value));
			}
		});
		decorations.add(c, editor::study, attribute);
		return c;
	}

	/** {@code mapPredictionBack} → {@code Map prediction back} */
	static String label(EEnumLiteral l) {
		return ReferenceSection.human(l.getLiteral());
	}

	private void setWorst(String text) {
		if (text.trim().isEmpty()) {
			if (editor.study().getWorstValue() != null) {
				editor.execute(SetCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__WORST_VALUE, null));
			}
			return;
		}
		fields.set(editor.study(), Literals.STUDY__WORST_VALUE, text);
	}

	private void refresh() {
		if (space == null || space.isDisposed()) {
			return;
		}
		reference.refresh();
		metrics.refresh();
		space.select(editor.study().getEvaluationSpace().getValue());
		aggregation.select(editor.study().getAggregation().getValue());
		Fields.show(worst, editor.study().getWorstValue() == null ? "" : Fields.number(editor.study().getWorstValue()));
		decorations.show(editor.problems());
		getManagedForm().getForm().reflow(true);
	}

	@Override
	public void dispose() {
		if (metrics != null) {
			metrics.close();
		}
		super.dispose();
	}
}
