// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.TrainingSettings;
import org.segsense.ui.editor.Decorations;
import org.segsense.ui.editor.Fields;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.StudyEditor;

/**
 * The study editor's Augmentation page: the study's augmentation studies (name, seeds), their variants
 * (name, architecture, seed, training settings), each variant's augmentation pipeline ({@link PipelineSection})
 * and training ({@link TrainingSection}). Every edit is one EMF command on the editor's stack (undo, redo,
 * dirty, save as on the other pages); a variant without training settings shows the defaults and the first
 * edit adds them with the edited value, in one command. Problems of the validation decorate their fields.
 */
public final class AugmentationPage extends FormPage {

	/** The job family of training and sample jobs ({@code Job.getJobManager().join(TRAINING_FAMILY, …)}). */
	public static final Object TRAINING_FAMILY = new Object();

	static final String[] ARCHITECTURES = { "unet", "deepmedic", "tractseg" };

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private Fields fields;
	private Combo studies;
	private Text studyName;
	private Text seeds;
	private org.eclipse.swt.widgets.List variants;
	private Button removeVariant;
	private Text variantName;
	private Combo architecture;
	private Text variantSeed;
	private final List<Text> settingFields = new ArrayList<>();
	private final List<EAttribute> settingAttributes = new ArrayList<>();
	private Text patch;
	private PipelineSection pipeline;
	private TrainingSection training;
	private SamplesSection samples;
	private int studyIndex;
	private int variantIndex;

	public AugmentationPage(StudyEditor editor) {
		super(editor, TrainingIds.PAGE, "Augmentation");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Augmentation studies");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(3, false));
		fields = new Fields(editor, tk, decorations);

		Composite left = tk.createComposite(body);
		left.setLayout(new GridLayout(1, false));
		GridData ld = new GridData(SWT.FILL, SWT.FILL, false, false);
		ld.widthHint = 330;
		left.setLayoutData(ld);
		Composite s = section(tk, left, "Augmentation study", "Variants trained alike except for what you change; 'segsense augment' trains the same.");
		Composite row = tk.createComposite(s);
		GridLayout rl = new GridLayout(2, false);
		rl.marginWidth = 0;
		row.setLayout(rl);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		studies = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		studies.setData(Ids.KEY, TrainingIds.STUDIES);
		studies.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		studies.addListener(SWT.Selection, e -> {
			studyIndex = studies.getSelectionIndex();
			variantIndex = 0;
			refresh();
		});
		button(tk, row, "Add", TrainingIds.ADD_STUDY, this::addStudy).setToolTipText("Adds an augmentation study with one variant.");
		fields.label(s, "Name:", "The augmentation study's name, shown in reports.");
		studyName = fields.attribute(s, TrainingIds.STUDY_NAME, SWT.SINGLE | SWT.BORDER, this::study, Literals.AUGMENTATION_STUDY__NAME);
		fields.label(s, "Seeds:", "Training seeds, separated by spaces: every variant is trained once per seed. Empty: each variant's own seed.");
		seeds = fields.text(s, TrainingIds.SEEDS, SWT.SINGLE | SWT.BORDER, this::setSeeds);
		seeds.setMessage("each variant's seed");
		decorations.add(seeds, this::study, Literals.AUGMENTATION_STUDY__SEEDS);

		Composite v = section(tk, left, "Variants", "One network per variant and seed.");
		variants = new org.eclipse.swt.widgets.List(v, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		variants.setData(Ids.KEY, TrainingIds.VARIANTS);
		GridData vd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		vd.heightHint = 90;
		vd.widthHint = 200;
		variants.setLayoutData(vd);
		variants.addListener(SWT.Selection, e -> {
			variantIndex = Math.max(0, variants.getSelectionIndex());
			refresh();
		});
		button(tk, v, "Add variant", TrainingIds.ADD_VARIANT, this::addVariant);
		removeVariant = button(tk, v, "Remove", TrainingIds.REMOVE_VARIANT, this::removeVariant);

		Composite d = section(tk, body, "Variant", "Architecture, training settings and seed of the selected variant.");
		fields.label(d, "Name:", "The variant's name; trained networks are named after it.");
		variantName = fields.attribute(d, TrainingIds.VARIANT_NAME, SWT.SINGLE | SWT.BORDER, this::variant, Literals.AUGMENTATION_VARIANT__NAME);
		fields.label(d, "Architecture:", "The network: unet (3-D U-Net), deepmedic (DeepMedic-like two-pathway CNN) or tractseg (TractSeg-like 2-D U-Net on peak"
				+ " slices in x, y and z, one sigmoid output per bundle; catalogue augmentation steps only).");
		architecture = new Combo(d, SWT.READ_ONLY | SWT.DROP_DOWN);
		architecture.setData(Ids.KEY, TrainingIds.ARCHITECTURE);
		architecture.setItems(ARCHITECTURES);
		GridData ad = new GridData(SWT.FILL, SWT.CENTER, true, false);
		ad.horizontalIndent = 8;
		architecture.setLayoutData(ad);
		architecture.addListener(SWT.Selection, e -> set(variant(), Literals.AUGMENTATION_VARIANT__ARCHITECTURE,
				ARCHITECTURES[architecture.getSelectionIndex()]));
		decorations.add(architecture, this::variant, Literals.AUGMENTATION_VARIANT__ARCHITECTURE);
		fields.label(d, "Seed:", "The variant's seed (weights, patch sampling, augmentation) when the study lists no seeds.");
		variantSeed = fields.attribute(d, TrainingIds.VARIANT_SEED, SWT.SINGLE | SWT.BORDER, this::variant, Literals.AUGMENTATION_VARIANT__SEED);
		setting(d, "Iterations:", TrainingIds.ITERATIONS, Literals.TRAINING_SETTINGS__ITERATIONS, "Optimiser steps (whole number \u2265 1).");
		fields.label(d, "Patch size:", "Training patch in voxels: one number or x,y,z (empty: the architecture's default).");
		patch = fields.text(d, TrainingIds.PATCH, SWT.SINGLE | SWT.BORDER, this::setPatch);
		patch.setMessage("architecture default");
		decorations.add(patch, this::settings, Literals.TRAINING_SETTINGS__PATCH_SIZE);
		setting(d, "Batch size:", TrainingIds.BATCH, Literals.TRAINING_SETTINGS__BATCH_SIZE, "Patches per optimiser step.");
		setting(d, "Learning rate:", TrainingIds.LEARNING_RATE, Literals.TRAINING_SETTINGS__LEARNING_RATE, "Adam's learning rate.");
		setting(d, "Base filters:", TrainingIds.BASE_FILTERS, Literals.TRAINING_SETTINGS__BASE_FILTERS, "Filters of the first layer.");
		setting(d, "Depth:", TrainingIds.DEPTH, Literals.TRAINING_SETTINGS__DEPTH, "Resolution levels of the U-Net.");
		setting(d, "Dice weight:", "variant.diceWeight", Literals.TRAINING_SETTINGS__DICE_WEIGHT, "Loss = cross-entropy + weight \u00d7 soft Dice.");

		pipeline = new PipelineSection(this, tk, section(tk, body, "Augmentation pipeline",
				"Built-in presets, then catalogue perturbations drawn at random per training patch."));
		training = new TrainingSection(this, tk, body);
		samples = new SamplesSection(this, tk, body);
		editor.onChange(this::refresh);
		refresh();
	}

	static Composite section(FormToolkit tk, Composite parent, String title, String description) {
		Section s = tk.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		s.setText(title);
		s.setDescription(description);
		s.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Composite c = tk.createComposite(s);
		c.setLayout(new GridLayout(2, false));
		s.setClient(c);
		return c;
	}

	static Button button(FormToolkit tk, Composite parent, String text, String id, Runnable action) {
		Button b = tk.createButton(parent, text, SWT.PUSH);
		b.setData(Ids.KEY, id);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void setting(Composite parent, String caption, String id, EAttribute attribute, String tip) {
		fields.label(parent, caption, tip);
		Text t = fields.text(parent, id, SWT.SINGLE | SWT.BORDER, text -> setSetting(attribute, text));
		t.setToolTipText(tip);
		decorations.add(t, this::settings, attribute);
		settingFields.add(t);
		settingAttributes.add(attribute);
	}

	StudyEditor editor() {
		return editor;
	}

	Fields fields() {
		return fields;
	}

	Decorations decorations() {
		return decorations;
	}

	/** @return the selected augmentation study, or null when the study has none */
	public AugmentationStudy study() {
		List<AugmentationStudy> all = editor.study().getAugmentationStudies();
		return all.isEmpty() ? null : all.get(Math.min(studyIndex, all.size() - 1));
	}

	/** @return the selected variant, or null */
	public AugmentationVariant variant() {
		AugmentationStudy a = study();
		return a == null || a.getVariants().isEmpty() ? null : a.getVariants().get(Math.min(variantIndex, a.getVariants().size() - 1));
	}

	private TrainingSettings settings() {
		AugmentationVariant v = variant();
		return v == null ? null : v.getTraining();
	}

	void set(EObject owner, EAttribute attribute, Object value) {
		if (owner != null && !java.util.Objects.equals(owner.eGet(attribute), value)) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), owner, attribute, value));
		}
	}

	/** Sets a training setting; a variant without settings gets them (defaults plus this value) in one command. */
	private void setSetting(EAttribute attribute, String text) {
		AugmentationVariant v = variant();
		if (v == null) {
			return;
		}
		if (v.getTraining() != null) {
			fields.set(v.getTraining(), attribute, text);
			return;
		}
		try {
			Object value = Fields.parse(attribute.getEType().getInstanceClass(), text.trim());
			if (!java.util.Objects.equals(value, attribute.getDefaultValue())) {
				TrainingSettings s = SegsenseFactory.eINSTANCE.createTrainingSettings();
				s.eSet(attribute, value);
				editor.execute(SetCommand.create(editor.getEditingDomain(), v, Literals.AUGMENTATION_VARIANT__TRAINING, s));
				return;
			}
		} catch (NumberFormatException e) {
			// not a number: the shown value comes back
		}
		refresh();
	}

	private void setPatch(String text) {
		AugmentationVariant v = variant();
		List<Integer> size = new ArrayList<>();
		try {
			for (String p : text.trim().isEmpty() ? new String[0] : text.trim().split("[,\\s]+")) {
				size.add(Integer.parseInt(p));
			}
		} catch (NumberFormatException e) {
			refresh();
			return;
		}
		if (v == null || v.getTraining() != null && v.getTraining().getPatchSize().equals(size)) {
			return;
		}
		if (v.getTraining() == null) {
			if (size.isEmpty()) {
				return;
			}
			TrainingSettings s = SegsenseFactory.eINSTANCE.createTrainingSettings();
			s.getPatchSize().addAll(size);
			editor.execute(SetCommand.create(editor.getEditingDomain(), v, Literals.AUGMENTATION_VARIANT__TRAINING, s));
		} else {
			editor.execute(SetCommand.create(editor.getEditingDomain(), v.getTraining(), Literals.TRAINING_SETTINGS__PATCH_SIZE, size));
		}
	}

	private void setSeeds(String text) {
		AugmentationStudy a = study();
		List<Long> list = new ArrayList<>();
		try {
			for (String p : text.trim().isEmpty() ? new String[0] : text.trim().split("[,\\s]+")) {
				list.add(Long.parseLong(p));
			}
		} catch (NumberFormatException e) {
			refresh();
			return;
		}
		if (a != null && !a.getSeeds().equals(list)) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), a, Literals.AUGMENTATION_STUDY__SEEDS, list));
		}
	}

	private void addStudy() {
		AugmentationStudy a = SegsenseFactory.eINSTANCE.createAugmentationStudy();
		String id = "augmentation";
		for (int n = 2; idTaken(id); n++) {
			id = "augmentation-" + n;
		}
		a.setId(id);
		a.setName("Augmentation study");
		AugmentationVariant v = SegsenseFactory.eINSTANCE.createAugmentationVariant();
		v.setId("none");
		v.setName("No augmentation");
		v.setArchitecture("unet");
		v.setSeed(editor.study().getSeed());
		v.setTraining(SegsenseFactory.eINSTANCE.createTrainingSettings());
		a.getVariants().add(v);
		editor.execute(AddCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__AUGMENTATION_STUDIES, a));
		studyIndex = editor.study().getAugmentationStudies().indexOf(a);
		variantIndex = 0;
		refresh();
	}

	private boolean idTaken(String id) {
		return editor.study().getAugmentationStudies().stream().anyMatch(a -> id.equals(a.getId()));
	}

	/** Adds a copy of the selected variant (a new id) to edit from there. */
	private void addVariant() {
		AugmentationStudy a = study();
		if (a == null) {
			addStudy();
			return;
		}
		AugmentationVariant from = variant();
		AugmentationVariant v;
		if (from == null) {
			v = SegsenseFactory.eINSTANCE.createAugmentationVariant();
			v.setArchitecture("unet");
			v.setSeed(editor.study().getSeed());
			v.setTraining(SegsenseFactory.eINSTANCE.createTrainingSettings());
		} else {
			v = EcoreUtil.copy(from);
		}
		String base = from == null ? "variant" : from.getId();
		String id = base + "-2";
		for (int n = 3; hasVariant(a, id); n++) {
			id = base + "-" + n;
		}
		v.setId(id);
		v.setName(from == null || from.getName() == null ? id : from.getName() + " (copy)");
		editor.execute(AddCommand.create(editor.getEditingDomain(), a, Literals.AUGMENTATION_STUDY__VARIANTS, v));
		variantIndex = a.getVariants().indexOf(v);
		refresh();
	}

	private static boolean hasVariant(AugmentationStudy a, String id) {
		return a.getVariants().stream().anyMatch(v -> id.equals(v.getId()));
	}

	/** Removes the selected variant; model variants it trained keep their networks but lose the link to it. */
	private void removeVariant() {
		AugmentationVariant v = variant();
		if (v != null) {
			editor.execute(DeleteCommand.create(editor.getEditingDomain(), v));
			variantIndex = Math.max(0, variantIndex - 1);
			refresh();
		}
	}

	void refresh() {
		if (studies == null || studies.isDisposed()) {
			return;
		}
		List<AugmentationStudy> all = editor.study().getAugmentationStudies();
		String[] items = all.stream().map(a -> a.getId() + (a.getName() == null ? "" : " \u2014 " + a.getName())).toArray(String[]::new);
		if (!java.util.Arrays.equals(items, studies.getItems())) {
			studies.setItems(items);
		}
		AugmentationStudy a = study();
		if (a != null) {
			studies.select(all.indexOf(a));
		}
		Fields.show(studyName, a == null ? null : a.getName());
		Fields.show(seeds, a == null ? "" : String.join(" ", a.getSeeds().stream().map(String::valueOf).toList()));
		String[] vs = a == null ? new String[0]
				: a.getVariants().stream().map(x -> x.getId() + (x.getName() == null ? "" : " \u2014 " + x.getName())).toArray(String[]::new);
		if (!java.util.Arrays.equals(vs, variants.getItems())) {
			variants.setItems(vs);
		}
		AugmentationVariant v = variant();
		if (v != null) {
			variants.select(a.getVariants().indexOf(v));
		}
		enable(a != null, studyName, seeds, variants);
		enable(v != null, variantName, architecture, variantSeed, patch, removeVariant);
		settingFields.forEach(t -> t.setEnabled(v != null));
		Fields.show(variantName, v == null ? null : v.getName());
		Fields.show(variantSeed, v == null ? null : v.getSeed());
		int arch = v == null ? -1 : java.util.Arrays.asList(ARCHITECTURES).indexOf(v.getArchitecture());
		if (arch >= 0) {
			architecture.select(arch);
		} else {
			architecture.deselectAll();
		}
		TrainingSettings s = v == null || v.getTraining() == null ? SegsenseFactory.eINSTANCE.createTrainingSettings() : v.getTraining();
		for (int i = 0; i < settingFields.size(); i++) {
			Object value = s.eGet(settingAttributes.get(i));
			Fields.show(settingFields.get(i), value instanceof Double d ? Fields.number(d) : value);
		}
		Fields.show(patch, String.join(",", s.getPatchSize().stream().map(String::valueOf).toList()));
		pipeline.refresh();
		training.refresh();
		samples.refresh();
		decorations.show(editor.problems());
		getManagedForm().getForm().reflow(true);
	}

	private static void enable(boolean on, Control... controls) {
		for (Control c : controls) {
			c.setEnabled(on);
		}
	}

	/** @return the pixels of the sample grid's images, in order (for tests) */
	public List<org.eclipse.swt.graphics.ImageData> sampleImages() {
		return samples.shownImages();
	}

	/** @return the loss points the chart holds per network ("VARIANT sSEED"), for tests and accessibility */
	public java.util.Map<String, Integer> lossPoints() {
		return training.chart().counts();
	}
}
