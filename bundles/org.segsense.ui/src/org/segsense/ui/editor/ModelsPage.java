// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.FileReference;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.ui.viewer.LabelColours;

/**
 * Models: the study's model variants; for the selected one its id, name, model folder, signature and tensors,
 * normalisation, tiling (tile size and overlap per axis, voxels) and label map with the colours the image
 * viewer draws ({@link LabelColours}: the label's own {@code #RRGGBB}, else the viewer's palette) — each edit an
 * EMF command — and what {@code segsense model inspect} reports about the model folder
 * ({@link ModelInspectionPanel}), inspected in the background when a variant is selected or Inspect is pressed.
 */
final class ModelsPage extends FormPage {

	static final String ID = Ids.MODELS_PAGE;

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private final List<Image> swatches = new ArrayList<>();
	private ModelVariant selected;
	private LabelDefinition label;
	private ModelVariant inspected;
	private String inspectedPath;
	private Table variants;
	private Composite details;
	private Text id;
	private Text name;
	private Text model;
	private Text signature;
	private Text input;
	private Text output;
	private Combo normalization;
	private Text tileSize;
	private Text tileOverlap;
	private Table labels;
	private Text labelName;
	private Text labelColour;
	private ModelInspectionPanel inspection;

	ModelsPage(StudyEditor editor) {
		super(editor, ID, "Models");
		this.editor = editor;
	}

	ModelVariant variant() {
		return selected;
	}

	LabelDefinition label() {
		return label;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Models");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));

		Composite list = OverviewPage.section(tk, body, "Variants", "Each variant is one trained network, run on every case.");
		((GridData) list.getParent().getLayoutData()).widthHint = 400;
		((GridData) list.getParent().getLayoutData()).grabExcessHorizontalSpace = false;
		((GridLayout) list.getLayout()).numColumns = 1;
		variants = tk.createTable(list, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		variants.setData(Ids.KEY, Ids.VARIANTS);
		variants.setHeaderVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 150;
		variants.setLayoutData(gd);
		for (String[] col : new String[][] {{"Variant", "110"}, {"Model folder", "200"}}) {
			TableColumn t = new TableColumn(variants, SWT.LEFT);
			t.setText(col[0]);
			t.setWidth(Integer.parseInt(col[1]));
		}
		variants.addListener(SWT.Selection, e -> {
			int i = variants.getSelectionIndex();
			selected = i < 0 ? null : editor.study().getModelVariants().get(i);
			label = null;
			refresh();
		});
		createDetails(tk, body);
		createLabels(tk, list);

		Composite report = OverviewPage.section(tk, body, "Inspection",
				"What 'segsense model inspect' reports: signatures, tensor shapes, operations and the safety verdict.");
		((GridData) report.getParent().getLayoutData()).horizontalSpan = 2;
		((GridLayout) report.getLayout()).numColumns = 1;
		Button inspect = tk.createButton(report, "Inspect", SWT.PUSH);
		inspect.setData(Ids.KEY, Ids.INSPECT);
		inspect.setToolTipText("Read the model folder again (without running the model).");
		inspect.addListener(SWT.Selection, e -> inspect());
		inspection = new ModelInspectionPanel(tk, report);

		editor.onChange(this::refresh);
		refresh();
	}

	private void createDetails(FormToolkit tk, Composite body) {
		details = OverviewPage.section(tk, body, "Variant", "The selected variant: its model folder and how it is run.");
		Fields fields = new Fields(editor, tk, decorations);
		fields.label(details, "Id:", "Unique in the study; names the variant in runs and reports.");
		id = fields.attribute(details, Ids.VARIANT_ID, SWT.SINGLE | SWT.BORDER, this::variant, Literals.IDENTIFIED__ID);
		fields.label(details, "Name:", "A human-readable name.");
		name = fields.attribute(details, Ids.VARIANT_NAME, SWT.SINGLE | SWT.BORDER, this::variant, Literals.MODEL_VARIANT__NAME);
		fields.label(details, "Model folder:", "The SavedModel folder (holds saved_model.pb), relative to the study's folder.");
		model = fields.text(details, Ids.VARIANT_MODEL, SWT.SINGLE | SWT.BORDER, this::setModelPath);
		decorations.add(model, () -> selected == null ? null : selected.getSavedModel(), Literals.FILE_REFERENCE__PATH);
		fields.label(details, "Signature:", "The signature the variant calls (serving_default when empty).");
		signature = fields.attribute(details, Ids.VARIANT_SIGNATURE, SWT.SINGLE | SWT.BORDER, this::variant, Literals.MODEL_VARIANT__SIGNATURE_KEY);
		fields.label(details, "Input tensor:", "The input of the signature; its only input when empty.");
		input = fields.attribute(details, Ids.VARIANT_INPUT, SWT.SINGLE | SWT.BORDER, this::variant, Literals.MODEL_VARIANT__INPUT_TENSOR);
		fields.label(details, "Output tensor:", "The output of the signature; its only output when empty.");
		output = fields.attribute(details, Ids.VARIANT_OUTPUT, SWT.SINGLE | SWT.BORDER, this::variant, Literals.MODEL_VARIANT__OUTPUT_TENSOR);
		fields.label(details, "Normalisation:", "Intensity normalisation of every channel before inference.");
		normalization = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
		normalization.setData(Ids.KEY, Ids.VARIANT_NORMALIZATION);
		normalization.setItems(NormalizationMethod.VALUES.stream().map(ModelsPage::describe).toArray(String[]::new));
		GridData nd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		nd.horizontalIndent = 8;
		normalization.setLayoutData(nd);
		normalization.addListener(SWT.Selection, e -> {
			int i = normalization.getSelectionIndex();
			if (selected != null && i >= 0 && selected.getNormalization() != NormalizationMethod.VALUES.get(i)) {
				editor.execute(SetCommand.create(editor.getEditingDomain(), selected, Literals.MODEL_VARIANT__NORMALIZATION,
						NormalizationMethod.VALUES.get(i)));
			}
		});
		fields.label(details, "Tile size:", "Sliding-window tile size in voxels per axis (x y z); empty: the whole image at once.");
		tileSize = fields.text(details, Ids.VARIANT_TILE_SIZE, SWT.SINGLE | SWT.BORDER, s -> setInts(Literals.MODEL_VARIANT__TILE_SIZE, s));
		decorations.add(tileSize, this::variant, Literals.MODEL_VARIANT__TILE_SIZE);
		fields.label(details, "Tile overlap:", "Overlap of neighbouring tiles in voxels: one value for all axes, or x y z.");
		tileOverlap = fields.text(details, Ids.VARIANT_TILE_OVERLAP, SWT.SINGLE | SWT.BORDER,
				s -> setInts(Literals.MODEL_VARIANT__TILE_OVERLAP, s));
		decorations.add(tileOverlap, this::variant, Literals.MODEL_VARIANT__TILE_OVERLAP);
	}

	private void createLabels(FormToolkit tk, Composite parent) {
		tk.createLabel(parent, "Label map of the selected variant:").setToolTipText("The labels the model outputs, in the colours the image viewer draws them.");
		labels = tk.createTable(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		labels.setData(Ids.KEY, Ids.VARIANT_LABELS);
		labels.setHeaderVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 110;
		labels.setLayoutData(gd);
		for (String[] col : new String[][] {{"Value", "50"}, {"Name", "150"}, {"Colour", "150"}}) {
			TableColumn t = new TableColumn(labels, SWT.LEFT);
			t.setText(col[0]);
			t.setWidth(Integer.parseInt(col[1]));
		}
		labels.addListener(SWT.Selection, e -> {
			int i = labels.getSelectionIndex();
			label = i < 0 || selected == null ? null : selected.getLabels().get(i);
			refresh();
		});
		Composite edit = tk.createComposite(parent);
		edit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		edit.setLayout(new GridLayout(2, false));
		((GridLayout) edit.getLayout()).marginWidth = 0;
		Fields fields = new Fields(editor, tk, decorations);
		fields.label(edit, "Label name:", "The selected label's name in reports.");
		labelName = fields.attribute(edit, Ids.VARIANT_LABEL_NAME, SWT.SINGLE | SWT.BORDER, this::label, Literals.LABEL_DEFINITION__NAME);
		fields.label(edit, "Colour:", "#RRGGBB; empty: the viewer's palette colour for the value.");
		labelColour = fields.attribute(edit, Ids.VARIANT_LABEL_COLOUR, SWT.SINGLE | SWT.BORDER, this::label, Literals.LABEL_DEFINITION__COLOUR);
	}

	private static String describe(NormalizationMethod m) {
		return switch (m) {
			case NONE -> "none (intensities unchanged)";
			case ZSCORE -> "z-score (all voxels)";
			case ZSCORE_NONZERO -> "z-score (non-zero voxels)";
			case MIN_MAX -> "min-max to [0, 1]";
		};
	}

	private void setModelPath(String text) {
		ModelVariant v = selected;
		if (v == null) {
			return;
		}
		String path = text.strip().isEmpty() ? null : text.strip();
		FileReference ref = v.getSavedModel();
		if (ref == null) {
			if (path != null) {
				FileReference r = SegsenseFactory.eINSTANCE.createFileReference();
				r.setPath(path);
				editor.execute(SetCommand.create(editor.getEditingDomain(), v, Literals.MODEL_VARIANT__SAVED_MODEL, r));
			}
		} else if (!Objects.equals(path, ref.getPath())) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), ref, Literals.FILE_REFERENCE__PATH, path));
		}
	}

	/** Sets a list of whole numbers from text ({@code 64 64 32} or {@code 64, 64, 32}); text that does not parse is put back. */
	private void setInts(EAttribute feature, String text) {
		if (selected == null) {
			return;
		}
		List<Integer> values = new ArrayList<>();
		try {
			for (String s : text.strip().split("[\\s,]+")) {
				if (!s.isEmpty()) {
					values.add(Integer.parseInt(s));
				}
			}
		} catch (NumberFormatException e) {
			editor.validate();
			return;
		}
		if (!values.equals(selected.eGet(feature))) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), selected, feature, values));
		}
	}

	private void inspect() {
		if (selected == null) {
			inspection.message("Select a variant to inspect its model folder.");
			return;
		}
		String path = selected.getSavedModel() == null ? null : selected.getSavedModel().getPath();
		inspected = selected;
		inspectedPath = path;
		if (path == null || path.isBlank()) {
			inspection.message("Variant " + selected.getId() + " has no model folder: type the folder of its SavedModel (the one that holds"
					+ " saved_model.pb) in Model folder.");
			return;
		}
		Path folder = editor.file().getParent().resolve(path).toAbsolutePath().normalize();
		inspection.inspect(selected.getId(), folder, selected.getSignatureKey());
	}

	private void refresh() {
		if (variants == null || variants.isDisposed()) {
			return;
		}
		List<ModelVariant> all = editor.study().getModelVariants();
		if (selected != null && !all.contains(selected)) {
			selected = null;
		}
		if (selected == null && !all.isEmpty()) {
			selected = all.get(0);
		}
		if (label != null && (selected == null || !selected.getLabels().contains(label))) {
			label = null;
		}
		if (label == null && selected != null && !selected.getLabels().isEmpty()) {
			label = selected.getLabels().get(0);
		}
		variants.removeAll();
		for (ModelVariant v : all) {
			TableItem item = new TableItem(variants, SWT.NONE);
			item.setText(new String[] {v.getId() == null ? "" : v.getId(),
					v.getSavedModel() == null || v.getSavedModel().getPath() == null ? "\u2014" : v.getSavedModel().getPath()});
		}
		variants.setSelection(selected == null ? -1 : all.indexOf(selected));
		setEnabled(details, selected != null);
		Fields.show(id, selected == null ? "" : selected.getId());
		Fields.show(name, selected == null ? "" : selected.getName());
		Fields.show(model, selected == null || selected.getSavedModel() == null ? "" : selected.getSavedModel().getPath());
		Fields.show(signature, selected == null ? "" : selected.getSignatureKey());
		Fields.show(input, selected == null ? "" : selected.getInputTensor());
		Fields.show(output, selected == null ? "" : selected.getOutputTensor());
		normalization.select(selected == null ? -1 : NormalizationMethod.VALUES.indexOf(selected.getNormalization()));
		Fields.show(tileSize, selected == null ? "" : ints(selected.getTileSize()));
		Fields.show(tileOverlap, selected == null ? "" : ints(selected.getTileOverlap()));
		showLabels();
		String path = selected == null || selected.getSavedModel() == null ? null : selected.getSavedModel().getPath();
		if (selected == null) {
			inspected = null;
			inspection.message(all.isEmpty() ? "The study has no model variants: add them in the study file (or with the New Study wizard)."
					: "Select a variant to inspect its model folder.");
		} else if (selected != inspected || !Objects.equals(path, inspectedPath)) {
			inspect();
		}
		decorations.show(editor.problems());
		details.layout(true, true);
		getManagedForm().getForm().reflow(true);
	}

	private void showLabels() {
		labels.removeAll();
		swatches.forEach(Image::dispose);
		swatches.clear();
		List<LabelDefinition> defs = selected == null ? List.of() : selected.getLabels();
		LabelColours colours = colours(defs);
		for (LabelDefinition d : defs) {
			TableItem item = new TableItem(labels, SWT.NONE);
			int c = colours.colour(d.getValue());
			String hex = c == LabelColours.NONE ? "not drawn" : String.format("#%06X", c);
			boolean own = c == LabelColours.NONE || d.getColour() != null && !d.getColour().isBlank();
			item.setText(new String[] {String.valueOf(d.getValue()), d.getName() == null ? "" : d.getName(), own ? hex : hex + " (palette)"});
			if (c != LabelColours.NONE) {
				item.setImage(2, swatch(c));
			}
		}
		labels.setSelection(label == null ? -1 : defs.indexOf(label));
		setEnabled(labelName.getParent(), label != null);
		Fields.show(labelName, label == null ? "" : label.getName());
		Fields.show(labelColour, label == null ? "" : label.getColour());
	}

	/** @return the colours the image viewer draws these labels with: their own {@code #RRGGBB}, else its palette */
	static LabelColours colours(List<LabelDefinition> defs) {
		Map<Integer, RGB> given = new HashMap<>();
		int max = 1;
		for (LabelDefinition d : defs) {
			max = Math.max(max, d.getValue());
			String c = d.getColour();
			if (c != null && c.matches("#[0-9A-Fa-f]{6}")) {
				int v = Integer.parseInt(c.substring(1), 16);
				given.put(d.getValue(), new RGB(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF));
			}
		}
		return LabelColours.of(max, given);
	}

	private Image swatch(int rgb) {
		Image img = new Image(labels.getDisplay(), 14, 14);
		GC gc = new GC(img);
		org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
		gc.setBackground(colour);
		gc.fillRectangle(0, 0, 14, 14);
		gc.setForeground(labels.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(0, 0, 13, 13);
		gc.dispose();
		swatches.add(img);
		return img;
	}

	private static String ints(List<Integer> values) {
		return String.join(" ", values.stream().map(String::valueOf).toList());
	}

	private static void setEnabled(Composite c, boolean enabled) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			child.setEnabled(enabled);
		}
	}

	@Override
	public void dispose() {
		swatches.forEach(Image::dispose);
		swatches.clear();
		super.dispose();
	}
}
