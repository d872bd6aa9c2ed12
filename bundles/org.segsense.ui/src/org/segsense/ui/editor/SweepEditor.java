// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Sweep;
import org.segsense.model.SweepSpacing;
import org.segsense.model.sweep.SweepValues;

/**
 * The sweep of an axis: an explicit list of values (typed separated by commas or spaces), or a range from
 * start to stop in a number of steps, linearly or logarithmically spaced; below, the values the sweep
 * yields ({@link SweepValues}, as a run expands them). Changing the kind replaces the sweep by one of the
 * other kind that keeps its values as far as it can (a list becomes the range from its first to its last
 * value in as many steps; a range becomes the list of its values).
 */
final class SweepEditor {

	static final String[] KINDS = {"Explicit list", "Linear range", "Log range"};

	private final StudyEditor editor;
	private final PerturbationsPage page;
	private final Combo kind;
	private final Text list;
	private final Text start;
	private final Text stop;
	private final Text steps;
	private final Label shown;
	private final List<Control> listRow = new ArrayList<>();
	private final List<Control> rangeRows = new ArrayList<>();

	SweepEditor(StudyEditor editor, PerturbationsPage page, FormToolkit tk, Composite parent, Decorations decorations) {
		this.editor = editor;
		this.page = page;
		Fields fields = new Fields(editor, tk, decorations);
		fields.label(parent, "Sweep:", "How the swept parameter's values are given.");
		kind = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		kind.setItems(KINDS);
		kind.setData(Ids.KEY, Ids.SWEEP_KIND);
		GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		gd.horizontalIndent = 8;
		kind.setLayoutData(gd);
		kind.addListener(SWT.Selection, e -> changeKind(kind.getSelectionIndex()));
		decorations.add(kind, page::axis, Literals.PERTURBATION_AXIS__SWEEP);

		listRow.add(fields.label(parent, "Values:", "The values, separated by commas or spaces."));
		list = fields.text(parent, Ids.SWEEP_LIST, SWT.SINGLE | SWT.BORDER, this::commitList);
		decorations.add(list, this::sweep, Literals.EXPLICIT_SWEEP__VALUES);
		listRow.add(list);

		rangeRows.add(fields.label(parent, "Start:", "The first value."));
		start = fields.attribute(parent, Ids.SWEEP_START, SWT.SINGLE | SWT.BORDER, this::sweep, Literals.RANGE_SWEEP__START);
		rangeRows.add(start);
		rangeRows.add(fields.label(parent, "Stop:", "The last value (included)."));
		stop = fields.attribute(parent, Ids.SWEEP_STOP, SWT.SINGLE | SWT.BORDER, this::sweep, Literals.RANGE_SWEEP__STOP);
		rangeRows.add(stop);
		rangeRows.add(fields.label(parent, "Steps:", "How many values, start and stop included."));
		steps = fields.attribute(parent, Ids.SWEEP_STEPS, SWT.SINGLE | SWT.BORDER, this::sweep, Literals.RANGE_SWEEP__STEPS);
		rangeRows.add(steps);

		fields.label(parent, "Swept values:", "What a run sweeps, in order.");
		shown = tk.createLabel(parent, "", SWT.WRAP);
		shown.setData(Ids.KEY, Ids.SWEEP_SHOWN);
		GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sd.horizontalIndent = 8;
		sd.widthHint = 250;
		shown.setLayoutData(sd);
		decorations.add(shown, this::sweep, Literals.RANGE_SWEEP__SPACING);
	}

	private EObject sweep() {
		PerturbationAxis a = page.axis();
		return a == null ? null : a.getSweep();
	}

	void refresh() {
		Sweep s = (Sweep) sweep();
		boolean range = s instanceof RangeSweep;
		kind.select(s instanceof RangeSweep r ? (r.getSpacing() == SweepSpacing.LOG ? 2 : 1) : s instanceof ExplicitSweep ? 0 : -1);
		listRow.forEach(c -> visible(c, !range));
		rangeRows.forEach(c -> visible(c, range));
		if (s instanceof RangeSweep r) {
			Fields.show(start, Fields.number(r.getStart()));
			Fields.show(stop, Fields.number(r.getStop()));
			Fields.show(steps, r.getSteps());
		} else if (s instanceof ExplicitSweep x) {
			Fields.show(list, values(x.getValues()));
		}
		String unit = page.axis() == null || page.axis().getUnit() == null ? "" : " " + page.axis().getUnit();
		try {
			List<Double> v = SweepValues.of(s);
			shown.setText(v.isEmpty() ? "none" : values(v) + unit + "  (" + v.size() + (v.size() == 1 ? " value)" : " values)"));
		} catch (IllegalArgumentException e) {
			shown.setText(e.getMessage());
		}
	}

	private static void visible(Control c, boolean visible) {
		c.setVisible(visible);
		((GridData) c.getLayoutData()).exclude = !visible;
	}

	static String values(List<Double> v) {
		return v.stream().map(d -> d.isNaN() ? "NaN" : Fields.number(round(d))).collect(Collectors.joining(", "));
	}

	private static double round(double d) {
		return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", d));
	}

	private void commitList(String text) {
		if (!(sweep() instanceof ExplicitSweep x)) {
			return;
		}
		List<Double> values = new ArrayList<>();
		for (String part : text.trim().split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				values.add(Double.parseDouble(part));
			} catch (NumberFormatException e) {
				refresh(); // not numbers: the model's values come back
				return;
			}
		}
		if (!values.equals(x.getValues())) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), x, Literals.EXPLICIT_SWEEP__VALUES, values));
		}
	}

	private void changeKind(int index) {
		PerturbationAxis a = page.axis();
		if (a == null || index < 0) {
			return;
		}
		Sweep old = a.getSweep();
		List<Double> values = SweepValues.of(old);
		Sweep replacement;
		if (index == 0) {
			if (old instanceof ExplicitSweep) {
				return;
			}
			ExplicitSweep x = SegsenseFactory.eINSTANCE.createExplicitSweep();
			values.stream().filter(d -> !d.isNaN()).forEach(x.getValues()::add);
			replacement = x;
		} else {
			SweepSpacing spacing = index == 2 ? SweepSpacing.LOG : SweepSpacing.LINEAR;
			if (old instanceof RangeSweep r) {
				if (r.getSpacing() != spacing) {
					editor.execute(SetCommand.create(editor.getEditingDomain(), r, Literals.RANGE_SWEEP__SPACING, spacing));
				}
				return;
			}
			RangeSweep r = SegsenseFactory.eINSTANCE.createRangeSweep();
			r.setSpacing(spacing);
			if (!values.isEmpty()) {
				r.setStart(values.get(0));
				r.setStop(values.get(values.size() - 1));
				r.setSteps(Math.max(2, values.size()));
			}
			replacement = r;
		}
		editor.execute(SetCommand.create(editor.getEditingDomain(), a, Literals.PERTURBATION_AXIS__SWEEP, replacement));
	}
}
