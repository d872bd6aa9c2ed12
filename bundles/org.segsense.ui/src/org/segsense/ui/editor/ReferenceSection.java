// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
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
import org.segsense.model.ConsensusReference;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.ReferenceStrategy;
import org.segsense.model.SegsensePackage.Literals;

/**
 * The study's reference: its kind ({@link ReferenceKinds}; switching is one command that keeps what the
 * new kind can keep), for a consensus the raters (a check box per model variant, in the study's order)
 * and the strategy's own parameters — a field per attribute of its EClass (e.g. STAPLE's confidence
 * weight, termination threshold, iteration limit, undecided label) with the model's documentation, the
 * accepted range and the default as tooltip. An empty field means the default (unset for an unsettable
 * attribute such as the undecided label).
 */
final class ReferenceSection {

	/** What validation accepts for the built-in strategies' attributes ({@code ReferenceConstraints}). */
	private static final Map<String, String> RANGES = Map.of(
			"confidenceWeight", "> 0",
			"foregroundValue", "the rater masks' foreground",
			"maxIterations", "\u2265 0, whole; 0: until convergence",
			"terminationThreshold", "> 0, e.g. 1E-5",
			"undecidedLabel", "\u2265 0, whole; empty: largest label + 1");

	private final StudyEditor editor;
	private final FormToolkit toolkit;
	private final Fields fields;
	private final Combo kind;
	private final Label about;
	private final Composite details;
	private List<EClass> kinds = List.of();
	private Decorations decorations = new Decorations();
	private List<Runnable> refreshers = List.of();
	private String shape;

	ReferenceSection(StudyEditor editor, FormToolkit toolkit, Composite client, Decorations pageDecorations) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.fields = new Fields(editor, toolkit, pageDecorations);
		fields.label(client, "Kind:", "What each prediction is scored against.");
		kind = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		kind.setData(Ids.KEY, Ids.REFERENCE_KIND);
		kind.setToolTipText("Ground truth, or a consensus of the model variants' unperturbed predictions (for data without ground truth).");
		GridData kd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		kd.horizontalIndent = 8;
		kind.setLayoutData(kd);
		kind.addListener(SWT.Selection, e -> choose(kind.getSelectionIndex()));
		pageDecorations.add(kind, editor::study, Literals.STUDY__REFERENCE);
		about = toolkit.createLabel(client, "", SWT.WRAP);
		GridData ad = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		ad.widthHint = 380;
		about.setLayoutData(ad);
		details = toolkit.createComposite(client);
		GridLayout dl = new GridLayout(3, false);
		dl.marginWidth = 0;
		details.setLayout(dl);
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
	}

	private ReferenceStrategy reference() {
		return editor.study().getReference();
	}

	private void choose(int index) {
		if (index < 0 || index >= kinds.size()) {
			return;
		}
		ReferenceStrategy old = reference();
		EClass k = kinds.get(index);
		if (old != null && old.eClass() == k) {
			return;
		}
		editor.execute(SetCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__REFERENCE,
				ReferenceKinds.switchTo(k, old, editor.study())));
	}

	void refresh() {
		if (kind.isDisposed()) {
			return;
		}
		ReferenceStrategy ref = reference();
		kinds = ReferenceKinds.offered(ref);
		String[] items = kinds.stream().map(ReferenceKinds::name).toArray(String[]::new);
		if (!Arrays.equals(items, kind.getItems())) {
			kind.setItems(items);
		}
		if (ref == null) {
			kind.deselectAll();
		} else {
			kind.select(kinds.indexOf(ref.eClass()));
		}
		about.setText(ref == null ? "No reference yet: choose what the predictions are scored against."
				: Objects.toString(ModelDocs.of(ref.eClass()), "") + (ref instanceof ConsensusReference
						? " Computed once per case from the raters' predictions on the unperturbed input." : ""));
		String newShape = ref == null ? "" : ref.eClass().getName() + "/" + editor.study().getModelVariants().stream()
				.map(v -> v.getId() + "=" + v.getName()).collect(Collectors.joining(","));
		if (!newShape.equals(shape)) {
			shape = newShape;
			rebuild(ref);
		}
		refreshers.forEach(Runnable::run);
		decorations.show(editor.problems());
	}

	private void rebuild(ReferenceStrategy ref) {
		for (Control c : details.getChildren()) {
			c.dispose();
		}
		decorations = new Decorations();
		List<Runnable> rows = new ArrayList<>();
		if (ref instanceof ConsensusReference) {
			rows.add(raters());
		} else if (ref instanceof GroundTruthReference) {
			span(toolkit.createLabel(details, "Every case needs its label image (validation names the cases without one).", SWT.WRAP));
		}
		if (ref != null) {
			for (EAttribute a : ref.eClass().getEAllAttributes()) {
				if (a.isChangeable() && !a.isMany() && editable(a.getEType().getInstanceClass())) {
					rows.add(attribute(a));
				} else if (a.isChangeable() && !a.isMany() && (a.getEType().getInstanceClass() == boolean.class
						|| a.getEType().getInstanceClass() == Boolean.class)) {
					rows.add(flag(a));
				}
			}
		}
		refreshers = rows;
		details.layout(true, true);
	}

	private static boolean editable(Class<?> type) {
		return type == int.class || type == long.class || type == double.class || type == Integer.class || type == Long.class
				|| type == Double.class || type == String.class;
	}

	private void span(Control c) {
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		gd.widthHint = 380;
		c.setLayoutData(gd);
	}

	/** The raters: one check box per model variant; checking adds it at its place in the study's order. */
	private Runnable raters() {
		Label l = fields.label(details, "Raters:", ModelDocs.of(Literals.CONSENSUS_REFERENCE__RATERS));
		((GridData) l.getLayoutData()).verticalAlignment = SWT.TOP;
		Composite box = toolkit.createComposite(details);
		box.setData(Ids.KEY, Ids.RATERS);
		GridLayout bl = new GridLayout(1, false);
		bl.marginHeight = 0;
		box.setLayout(bl);
		GridData bd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		bd.horizontalIndent = 8;
		box.setLayoutData(bd);
		decorations.add(box, this::reference, Literals.CONSENSUS_REFERENCE__RATERS);
		List<ModelVariant> variants = List.copyOf(editor.study().getModelVariants());
		if (variants.isEmpty()) {
			toolkit.createLabel(box, "The study has no model variants yet; a consensus needs at least two as raters.");
			return () -> {
			};
		}
		List<Button> boxes = new ArrayList<>();
		for (ModelVariant v : variants) {
			Button b = toolkit.createButton(box, v.getName() == null || v.getName().equals(v.getId()) ? v.getId() : v.getName() + " (" + v.getId() + ")",
					SWT.CHECK);
			b.setData(Ids.KEY, Ids.RATER + v.getId());
			b.setToolTipText("Use the unperturbed predictions of model variant '" + v.getId() + "' in the consensus.");
			b.addListener(SWT.Selection, e -> toggle(v, b.getSelection()));
			boxes.add(b);
		}
		return () -> {
			if (reference() instanceof ConsensusReference c) {
				for (int i = 0; i < variants.size(); i++) {
					boxes.get(i).setSelection(c.getRaters().contains(variants.get(i)));
				}
			}
		};
	}

	private void toggle(ModelVariant v, boolean on) {
		if (!(reference() instanceof ConsensusReference c) || on == c.getRaters().contains(v)) {
			return;
		}
		if (on) {
			List<ModelVariant> order = editor.study().getModelVariants();
			int index = (int) c.getRaters().stream().filter(r -> order.indexOf(r) < order.indexOf(v)).count();
			editor.execute(AddCommand.create(editor.getEditingDomain(), c, Literals.CONSENSUS_REFERENCE__RATERS, v, index));
		} else {
			editor.execute(RemoveCommand.create(editor.getEditingDomain(), c, Literals.CONSENSUS_REFERENCE__RATERS, v));
		}
	}

	/** A field of one attribute of the strategy: documentation, range and default as tooltip. */
	private Runnable attribute(EAttribute a) {
		Object def = a.getDefaultValue();
		String defText = a.isUnsettable() && a.getDefaultValueLiteral() == null ? "ITK's default" : "default " + text(def);
		String range = RANGES.getOrDefault(a.getName(), "");
		String tooltip = ModelDocs.of(a) + (range.isEmpty() ? "" : "\nAccepted: " + range + ".")
				+ "\nEmpty: " + defText + ".";
		fields.label(details, human(a.getName()) + ":", tooltip);
		Supplier<EObject> owner = this::reference;
		Text t = fields.text(details, Ids.REFERENCE_PARAMETER + a.getName(), SWT.SINGLE | SWT.BORDER, s -> commit(a, s));
		t.setToolTipText(tooltip);
		t.setMessage(defText);
		((GridData) t.getLayoutData()).widthHint = 90;
		Label r = toolkit.createLabel(details, range);
		r.setToolTipText(tooltip);
		decorations.add(t, owner, a);
		return () -> {
			ReferenceStrategy ref = reference();
			if (ref != null && a.getEContainingClass().isInstance(ref)) {
				Fields.show(t, ref.eIsSet(a) ? text(ref.eGet(a)) : "");
			}
		};
	}

	/** A check box of one boolean attribute (e.g. scoring also against the truth), the model's documentation as tooltip. */
	private Runnable flag(EAttribute a) {
		String tooltip = ModelDocs.of(a) + "\nDefault: " + (Boolean.TRUE.equals(a.getDefaultValue()) ? "on" : "off") + ".";
		fields.label(details, "", tooltip);
		Button b = toolkit.createButton(details, "scoreAgainstTruth".equals(a.getName())
				? "Also score against the ground truth (results named metric@truth)" : human(a.getName()), SWT.CHECK);
		b.setData(Ids.KEY, Ids.REFERENCE_PARAMETER + a.getName());
		b.setToolTipText(tooltip);
		GridData bd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		bd.horizontalIndent = 8;
		b.setLayoutData(bd);
		b.addListener(SWT.Selection, e -> {
			ReferenceStrategy ref = reference();
			if (ref != null && a.getEContainingClass().isInstance(ref) && !Objects.equals(ref.eGet(a), b.getSelection())) {
				editor.execute(SetCommand.create(editor.getEditingDomain(), ref, a, b.getSelection()));
			}
		});
		decorations.add(b, this::reference, a);
		return () -> {
			ReferenceStrategy ref = reference();
			if (ref != null && a.getEContainingClass().isInstance(ref)) {
				b.setSelection(Boolean.TRUE.equals(ref.eGet(a)));
			}
		};
	}

	private void commit(EAttribute a, String s) {
		ReferenceStrategy ref = reference();
		if (ref == null || !a.getEContainingClass().isInstance(ref)) {
			return;
		}
		if (s.trim().isEmpty()) {
			if (ref.eIsSet(a)) { // back to the default: unset
				editor.execute(SetCommand.create(editor.getEditingDomain(), ref, a, a.isUnsettable() ? SetCommand.UNSET_VALUE : a.getDefaultValue()));
			}
			return;
		}
		fields.set(ref, a, s);
	}

	private static String text(Object value) {
		return value instanceof Double d ? Fields.number(d) : String.valueOf(value);
	}

	/** {@code confidenceWeight} → {@code Confidence weight} */
	static String human(String name) {
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
