// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationDescriptor;

/**
 * The fixed parameters of an axis (or a metric's parameters), as a form generated from the declaration
 * ({@link ParameterSpec}): one row per declared parameter except the swept one — its name and unit, a
 * number field (empty: the declared default, shown greyed in the field), the accepted range and the
 * default; the declaration's description is the tooltip of the row. A value is a {@link ParameterValue} of
 * the axis (of the metric): typing one adds or changes it, clearing the field removes it (each one command). Out-of-range
 * and non-integer values are reported by validation on the field.
 */
final class ParameterForm {

	private final StudyEditor editor;
	private final FormToolkit toolkit;
	private final Composite body;
	private Decorations decorations = new Decorations();
	private List<Runnable> refreshers = List.of();
	private EObject owner;
	private EReference values;
	private String shape;

	ParameterForm(StudyEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		this.toolkit = toolkit;
		body = toolkit.createComposite(parent);
		body.setLayout(new GridLayout(3, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
	}

	Composite control() {
		return body;
	}

	/** Shows the parameters of {@code axis} (null: none), rebuilding the rows when the declaration or the swept parameter changed. */
	void show(PerturbationAxis axis) {
		PerturbationDescriptor d = axis == null ? null : editor.catalog().byId(axis.getPerturbationType()).orElse(null);
		List<ParameterSpec> specs = d == null ? List.of()
				: d.parameters().stream().filter(p -> !p.name().equals(axis.getSweptParameter())).toList();
		String note = axis == null ? null
				: d == null ? "Perturbation '" + axis.getPerturbationType() + "' is not installed: its parameters are unknown."
						: specs.isEmpty() ? "No other parameters: the swept one is the only parameter of " + d.name() + "." : null;
		show(axis, Literals.PERTURBATION_AXIS__FIXED_PARAMETERS, specs, note);
	}

	/**
	 * Shows the declared parameters {@code specs} whose values are the {@link ParameterValue}s of
	 * {@code owner}'s containment {@code values} (null owner: none), with {@code note} (may be null) when
	 * there are no rows; the rows are rebuilt when the declarations or the note changed.
	 */
	void show(EObject owner, EReference values, List<ParameterSpec> specs, String note) {
		this.owner = owner;
		this.values = values;
		String newShape = owner == null ? "" : specs + "/" + note;
		if (!Objects.equals(newShape, shape)) {
			shape = newShape;
			rebuild(owner == null ? List.of() : specs, owner == null ? null : note);
		}
		refreshers.forEach(Runnable::run);
		decorations.show(editor.problems());
	}

	private void rebuild(List<ParameterSpec> specs, String text) {
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		decorations = new Decorations();
		java.util.ArrayList<Runnable> rows = new java.util.ArrayList<>();
		if (text != null) {
			note(text);
		}
		for (ParameterSpec p : specs) {
			rows.add(row(p));
		}
		refreshers = rows;
		body.layout(true, true);
	}

	private void note(String text) {
		Label l = toolkit.createLabel(body, text, SWT.WRAP);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		gd.widthHint = 300;
		l.setLayoutData(gd);
	}

	private Runnable row(ParameterSpec p) {
		String tooltip = p.description() + (p.description().isEmpty() ? "" : "\n") + "Accepted: " + range(p)
				+ (p.integer() ? ", whole numbers" : "") + "; default " + Fields.number(p.defaultValue()) + unit(p) + ".";
		Label name = toolkit.createLabel(body, p.name() + (p.unit().isEmpty() ? ":" : " (" + p.unit() + "):"));
		name.setToolTipText(tooltip);
		Text field = toolkit.createText(body, "", SWT.SINGLE | SWT.BORDER);
		field.setData(Ids.KEY, Ids.PARAMETER + p.name());
		field.setToolTipText(tooltip);
		field.setMessage("default " + Fields.number(p.defaultValue()));
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.horizontalIndent = 8;
		gd.widthHint = 90;
		field.setLayoutData(gd);
		Label range = toolkit.createLabel(body, range(p) + (p.integer() ? ", whole" : ""));
		range.setToolTipText(tooltip);
		field.addListener(SWT.DefaultSelection, e -> commit(p, field.getText()));
		field.addListener(SWT.FocusOut, e -> commit(p, field.getText()));
		decorations.add(field, () -> value(p.name()), Literals.PARAMETER_VALUE__VALUE);
		return () -> {
			ParameterValue v = value(p.name());
			Fields.show(field, v == null ? "" : v.getValue());
		};
	}

	/** @return {@code [min, max] unit}, or {@code ≥ min unit} for an open upper end */
	private static String range(ParameterSpec p) {
		return Double.isInfinite(p.maximum()) ? "\u2265 " + Fields.number(p.minimum()) + unit(p) : p.range();
	}

	private static String unit(ParameterSpec p) {
		return p.unit().isEmpty() ? "" : " " + p.unit();
	}

	@SuppressWarnings("unchecked")
	private ParameterValue value(String name) {
		return owner == null ? null
				: ((List<ParameterValue>) owner.eGet(values)).stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
	}

	private void commit(ParameterSpec p, String text) {
		if (owner == null) {
			return;
		}
		String t = text.trim();
		ParameterValue existing = value(p.name());
		if (t.isEmpty()) {
			if (existing != null) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), owner, values, existing));
			}
			return;
		}
		String value;
		try {
			value = Fields.number(Double.parseDouble(t));
		} catch (NumberFormatException e) {
			refreshers.forEach(Runnable::run); // not a number: the model's value comes back
			return;
		}
		if (existing == null) {
			ParameterValue v = SegsenseFactory.eINSTANCE.createParameterValue();
			v.setName(p.name());
			v.setValue(value);
			editor.execute(AddCommand.create(editor.getEditingDomain(), owner, values, v));
		} else if (!value.equals(existing.getValue())) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), existing, Literals.PARAMETER_VALUE__VALUE, value));
		}
	}
}
