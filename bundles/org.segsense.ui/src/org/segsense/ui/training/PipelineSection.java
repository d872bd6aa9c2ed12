// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.ParameterRange;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.ui.editor.DefaultAxis;
import org.segsense.ui.editor.Fields;
import org.segsense.ui.editor.Ids;
import org.segsense.workflows.training.VariantArguments;

/**
 * The selected variant's augmentation pipeline: the trainer's built-in presets, then catalogue steps, each a
 * perturbation drawn per training patch with its probability and a uniform range per parameter. A new step's
 * range is centred on the parameter's default and spans half the sweep the Perturbations page would propose for
 * it ({@link DefaultAxis}), clamped to the parameter's bounds. A variant without a pipeline gets one with its
 * first edit, in one command.
 */
final class PipelineSection {

	static final String[] BUILT_INS = { "none", "intensity", "flip", "intensity+flip" };

	private final AugmentationPage page;
	private final FormToolkit tk;
	private final Combo builtIn;
	private final org.eclipse.swt.widgets.List steps;
	private final Combo addType;
	private final Button add;
	private final Button remove;
	private final Text probability;
	private final Composite ranges;
	private List<PerturbationDescriptor> catalogue = List.of();
	private int stepIndex;
	private AugmentationStep shownRangesOf;
	private int shownRangeCount = -1;

	PipelineSection(AugmentationPage page, FormToolkit tk, Composite c) {
		this.page = page;
		this.tk = tk;
		Fields fields = page.fields();
		fields.label(c, "Built-in:", "The trainer's own presets, applied first: intensity (DeepMedic-style shift/scale), flip, or both.");
		builtIn = new Combo(c, SWT.DROP_DOWN | SWT.READ_ONLY);
		builtIn.setData(Ids.KEY, TrainingIds.BUILT_IN);
		builtIn.setItems(BUILT_INS);
		GridData bd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		bd.horizontalIndent = 8;
		builtIn.setLayoutData(bd);
		builtIn.addListener(SWT.Selection, e -> setBuiltIn(BUILT_INS[builtIn.getSelectionIndex()]));

		steps = new org.eclipse.swt.widgets.List(c, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		steps.setData(Ids.KEY, TrainingIds.STEPS);
		GridData sd = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		sd.heightHint = 70;
		sd.widthHint = 300;
		steps.setLayoutData(sd);
		steps.addListener(SWT.Selection, e -> {
			stepIndex = Math.max(0, steps.getSelectionIndex());
			page.refresh();
		});
		Composite row = tk.createComposite(c);
		row.setLayout(new GridLayout(3, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		addType = new Combo(row, SWT.DROP_DOWN | SWT.READ_ONLY);
		addType.setData(Ids.KEY, TrainingIds.STEP_TYPE);
		addType.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add = AugmentationPage.button(tk, row, "Add step", TrainingIds.ADD_STEP, this::addStep);
		remove = AugmentationPage.button(tk, row, "Remove", TrainingIds.REMOVE_STEP, this::removeStep);

		fields.label(c, "Probability:", "Chance that the step is applied to a training patch (0 \u2026 1).");
		probability = fields.attribute(c, TrainingIds.PROBABILITY, SWT.SINGLE | SWT.BORDER, this::step, Literals.AUGMENTATION_STEP__PROBABILITY);
		ranges = tk.createComposite(c);
		ranges.setLayout(new GridLayout(5, false));
		ranges.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	private AugmentationPipeline pipeline() {
		AugmentationVariant v = page.variant();
		return v == null ? null : v.getAugmentation();
	}

	/** @return the selected step, or null */
	AugmentationStep step() {
		AugmentationPipeline p = pipeline();
		return p == null || p.getSteps().isEmpty() ? null : p.getSteps().get(Math.min(stepIndex, p.getSteps().size() - 1));
	}

	private void setBuiltIn(String value) {
		AugmentationVariant v = page.variant();
		if (v == null) {
			return;
		}
		if (v.getAugmentation() != null) {
			page.set(v.getAugmentation(), Literals.AUGMENTATION_PIPELINE__BUILT_IN, value);
		} else if (!"none".equals(value)) {
			AugmentationPipeline p = SegsenseFactory.eINSTANCE.createAugmentationPipeline();
			p.setBuiltIn(value);
			page.editor().execute(SetCommand.create(page.editor().getEditingDomain(), v, Literals.AUGMENTATION_VARIANT__AUGMENTATION, p));
		}
	}

	private void addStep() {
		AugmentationVariant v = page.variant();
		int i = addType.getSelectionIndex();
		if (v == null || i < 0 || i >= catalogue.size()) {
			return;
		}
		AugmentationStep step = newStep(catalogue.get(i));
		var domain = page.editor().getEditingDomain();
		if (v.getAugmentation() == null) {
			AugmentationPipeline p = SegsenseFactory.eINSTANCE.createAugmentationPipeline();
			p.getSteps().add(step);
			page.editor().execute(SetCommand.create(domain, v, Literals.AUGMENTATION_VARIANT__AUGMENTATION, p));
		} else {
			page.editor().execute(AddCommand.create(domain, v.getAugmentation(), Literals.AUGMENTATION_PIPELINE__STEPS, step));
		}
		stepIndex = v.getAugmentation().getSteps().indexOf(step);
		page.refresh();
	}

	/** A step of {@code d} with probability 0.5 and a range for its first parameter (see the class comment). */
	AugmentationStep newStep(PerturbationDescriptor d) {
		AugmentationStep step = SegsenseFactory.eINSTANCE.createAugmentationStep();
		step.setPerturbationType(d.id());
		step.setProbability(0.5);
		PerturbationAxis axis = DefaultAxis.of(d, page.editor().study());
		if (axis.getSweep() instanceof RangeSweep sweep && !d.parameters().isEmpty()) {
			ParameterSpec p = d.parameters().get(0);
			double half = (sweep.getStop() - sweep.getStart()) / 2;
			ParameterRange r = SegsenseFactory.eINSTANCE.createParameterRange();
			r.setName(p.name());
			double lo = Math.max(p.minimum(), p.defaultValue() - half / 2), hi = Math.min(p.maximum(), p.defaultValue() + half / 2);
			r.setMinimum(p.integer() ? Math.ceil(lo) : lo);
			r.setMaximum(p.integer() ? Math.floor(hi) : hi);
			step.getRanges().add(r);
		}
		return step;
	}

	private void removeStep() {
		AugmentationStep s = step();
		if (s != null) {
			page.editor().execute(RemoveCommand.create(page.editor().getEditingDomain(), s.eContainer(), Literals.AUGMENTATION_PIPELINE__STEPS, s));
			stepIndex = Math.max(0, stepIndex - 1);
			page.refresh();
		}
	}

	void refresh() {
		List<PerturbationDescriptor> now = page.editor().catalog().all();
		if (!now.equals(catalogue)) {
			catalogue = now;
			addType.setItems(now.stream().map(d -> d.id() + " \u2014 " + d.name()).toArray(String[]::new));
			addType.select(0);
		}
		AugmentationVariant v = page.variant();
		AugmentationPipeline p = pipeline();
		String b = p == null || p.getBuiltIn() == null ? "none" : p.getBuiltIn();
		int bi = java.util.Arrays.asList(BUILT_INS).indexOf(b);
		if (bi < 0) {
			builtIn.setItems(concat(BUILT_INS, b));
			bi = BUILT_INS.length;
		} else if (builtIn.getItemCount() != BUILT_INS.length) {
			builtIn.setItems(BUILT_INS);
		}
		builtIn.select(bi);
		String[] items = p == null ? new String[0] : p.getSteps().stream().map(VariantArguments::augmentStep).toArray(String[]::new);
		if (!java.util.Arrays.equals(items, steps.getItems())) {
			steps.setItems(items);
		}
		AugmentationStep s = step();
		if (s != null) {
			steps.select(p.getSteps().indexOf(s));
		}
		builtIn.setEnabled(v != null);
		addType.setEnabled(v != null);
		add.setEnabled(v != null);
		remove.setEnabled(s != null);
		probability.setEnabled(s != null);
		Fields.show(probability, s == null ? "" : Fields.number(s.getProbability()));
		if (s != shownRangesOf || s != null && s.getRanges().size() != shownRangeCount) {
			rebuildRanges(s);
		}
		for (Control child : ranges.getChildren()) {
			if (child instanceof Text t && t.getData(Ids.KEY) instanceof String id && s != null) {
				for (ParameterRange r : s.getRanges()) {
					if (id.equals(TrainingIds.RANGE_MIN + r.getName())) {
						Fields.show(t, Fields.number(r.getMinimum()));
					} else if (id.equals(TrainingIds.RANGE_MAX + r.getName())) {
						Fields.show(t, Fields.number(r.getMaximum()));
					}
				}
			}
		}
	}

	/** One row per range: name, minimum, maximum and the parameter's bounds and unit from the catalogue. */
	private void rebuildRanges(AugmentationStep s) {
		for (Control child : ranges.getChildren()) {
			child.dispose();
		}
		shownRangesOf = s;
		shownRangeCount = s == null ? -1 : s.getRanges().size();
		if (s == null) {
			return;
		}
		PerturbationDescriptor d = catalogue.stream().filter(x -> x.id().equals(s.getPerturbationType())).findFirst().orElse(null);
		List<ParameterRange> list = new ArrayList<>(s.getRanges());
		for (ParameterRange r : list) {
			tk.createLabel(ranges, r.getName() + ":");
			Text min = page.fields().attribute(ranges, TrainingIds.RANGE_MIN + r.getName(), SWT.SINGLE | SWT.BORDER, () -> r,
					Literals.PARAMETER_RANGE__MINIMUM);
			tk.createLabel(ranges, "to");
			Text max = page.fields().attribute(ranges, TrainingIds.RANGE_MAX + r.getName(), SWT.SINGLE | SWT.BORDER, () -> r,
					Literals.PARAMETER_RANGE__MAXIMUM);
			((GridData) min.getLayoutData()).widthHint = 60;
			((GridData) max.getLayoutData()).widthHint = 60;
			ParameterSpec spec = d == null ? null : d.parameter(r.getName()).orElse(null);
			Label bounds = tk.createLabel(ranges, spec == null ? "" : spec.range());
			bounds.setToolTipText(spec == null ? "" : spec.description());
		}
		ranges.getParent().layout(true, true);
	}

	private static String[] concat(String[] a, String b) {
		String[] r = java.util.Arrays.copyOf(a, a.length + 1);
		r[a.length] = b;
		return r;
	}
}
