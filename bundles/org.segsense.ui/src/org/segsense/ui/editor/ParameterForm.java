// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;
import java.util.Objects;

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
 * The fixed parameters of an axis, as a form generated from the perturbation's declaration
 * ({@link ParameterSpec}): one row per declared parameter except the swept one — its name and unit, a
 * number field (empty: the declared default, shown greyed in the field), the accepted range and the
 * default; the declaration's description is the tooltip of the row. A value is a {@link ParameterValue} of
 * the axis: typing one adds or changes it, clearing the field removes it (each one command). Out-of-range
 * and non-integer values are reported by validation on the field.
 */
final class ParameterForm {

	private final StudyEditor editor;
	private final FormToolkit toolkit;
	private final Composite body;
	private Decorations decorations = new Decorations();
	private List<Runnable> refreshers = List.of();
	private PerturbationAxis axis;
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
		this.axis = axis;
		PerturbationDescriptor d = axis == null ? null : editor.catalog().byId(axis.getPerturbationType()).orElse(null);
		String newShape = axis == null ? "" : axis.getPerturbationType() + "/" + axis.getSweptParameter() + "/" + (d == null ? "?" : d.parameters());
		if (!Objects.equals(newShape, shape)) {
			shape = newShape;
			rebuild(d);
		}
		refreshers.forEach(Runnable::run);
		decorations.show(editor.problems());
	}

	private void rebuild(PerturbationDescriptor d) {
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		decorations = new Decorations();
		java.util.ArrayList<Runnable> rows = new java.util.ArrayList<>();
		if (axis != null && d == null) {
			note("Perturbation '" + axis.getPerturbationType() + "' is not installed: its parameters are unknown.");
		} else if (axis != null) {
			for (ParameterSpec p : d.parameters()) {
				if (!p.name().equals(axis.getSweptParameter())) {
					rows.add(row(p));
				}
			}
			if (rows.isEmpty()) {
				note("No other parameters: the swept one is the only parameter of " + d.name() + ".");
			}
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
		String tooltip = p.description() + (p.description().isEmpty() ? "" : "\n") + "Accepted: " + p.range()
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
		Label range = toolkit.createLabel(body, p.range() + (p.integer() ? ", whole" : ""));
		range.setToolTipText(tooltip);
		field.addListener(SWT.DefaultSelection, e -> commit(p, field.getText()));
		field.addListener(SWT.FocusOut, e -> commit(p, field.getText()));
		decorations.add(field, () -> value(p.name()), Literals.PARAMETER_VALUE__VALUE);
		return () -> {
			ParameterValue v = value(p.name());
			Fields.show(field, v == null ? "" : v.getValue());
		};
	}

	private static String unit(ParameterSpec p) {
		return p.unit().isEmpty() ? "" : " " + p.unit();
	}

	private ParameterValue value(String name) {
		return axis == null ? null : axis.getFixedParameters().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
	}

	private void commit(ParameterSpec p, String text) {
		if (axis == null) {
			return;
		}
		String t = text.trim();
		ParameterValue existing = value(p.name());
		if (t.isEmpty()) {
			if (existing != null) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), axis, Literals.PERTURBATION_AXIS__FIXED_PARAMETERS, existing));
			}
			return;
		}
		String value;
		try {
			value = Fields.number(Double.parseDouble(t));
		} catch (NumberFormatException e) {
			show(axis); // not a number: the model's value comes back
			return;
		}
		if (existing == null) {
			ParameterValue v = SegsenseFactory.eINSTANCE.createParameterValue();
			v.setName(p.name());
			v.setValue(value);
			editor.execute(AddCommand.create(editor.getEditingDomain(), axis, Literals.PERTURBATION_AXIS__FIXED_PARAMETERS, v));
		} else if (!value.equals(existing.getValue())) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), existing, Literals.PARAMETER_VALUE__VALUE, value));
		}
	}
}
