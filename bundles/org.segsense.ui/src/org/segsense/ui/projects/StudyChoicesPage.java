// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.model.sweep.SweepValues;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.ui.editor.DefaultAxis;
import org.segsense.workflows.study.StudyService;

/**
 * The New Study wizard's second page: tick the cases (the project's {@code images/} paired by a pattern, as
 * Import Cases pairs them), the model variants (the project's SavedModel folders), the axes (every installed
 * perturbation, with the default sweep the study editor's Add gives it) and the design. The study these
 * choices make is validated as they change; the page says what would not validate.
 */
final class StudyChoicesPage extends WizardPage {

	private final Supplier<IProject> project;
	private final Supplier<String> studyId;
	private Text image, label, roi, channel;
	private Label casesProblem, validation;
	private Table cases, variants, axes;
	private Combo design;
	private List<CasePairing.PairedCase> pairedCases = List.of();
	private List<String> models = List.of();
	private List<PerturbationDescriptor> perturbations = List.of();
	private IProject shownFor;

	StudyChoicesPage(Supplier<IProject> project, Supplier<String> studyId) {
		super("choices");
		this.project = project;
		this.studyId = studyId;
		setTitle("Cases, models and perturbations");
		setDescription("Tick what the study analyses; you can change all of it later in the study editor.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, true));
		Group g = group(c, "Cases (the project's images/, paired by name)", 2);
		Composite pattern = new Composite(g, SWT.NONE);
		pattern.setLayout(new GridLayout(8, false));
		pattern.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		image = suffix(pattern, "Image:", "study.imageSuffix", CasePairing.Pattern.DEFAULT.imageSuffix());
		label = suffix(pattern, "Label map:", "study.labelSuffix", CasePairing.Pattern.DEFAULT.labelSuffix());
		roi = suffix(pattern, "ROI:", "study.roiSuffix", CasePairing.Pattern.DEFAULT.roiSuffix());
		channel = suffix(pattern, "Channel:", "study.channel", "t1");
		cases = table(g, "study.cases", "Case", 90, "Image", 150, "Label map", 150);
		casesProblem = Widgets.id(new Label(g, SWT.WRAP), "study.casesProblem");
		casesProblem.setLayoutData(wide(2, 0));
		Group v = group(c, "Model variants (SavedModel folders of the project)", 1);
		variants = table(v, "study.variants", "Variant", 120, "SavedModel folder", 220);
		Group d = group(c, "Design", 1);
		design = Widgets.id(new Combo(d, SWT.READ_ONLY), "study.design");
		design.setItems("One at a time (each axis swept alone)", "Factorial (every combination of the axes' values)");
		design.select(0);
		design.addModifyListener(e -> validateStudy());
		Group a = group(c, "Axes (one per perturbation, with its default sweep)", 2);
		axes = table(a, "study.axes", "Perturbation", 260, "Default sweep", 420);
		((GridData) axes.getLayoutData()).heightHint = 190; // the catalogue is the longest list: show most of it
		validation = Widgets.id(new Label(c, SWT.WRAP), "study.validation");
		validation.setLayoutData(wide(2, 45));
		for (Text t : new Text[] {image, label, roi}) {
			t.addModifyListener(e -> fillCases());
		}
		channel.addModifyListener(e -> validateStudy());
		setControl(c);
	}

	private static Group group(Composite parent, String title, int columns) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(title);
		g.setLayout(new GridLayout(columns, false));
		g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, columns == 2 ? 2 : 1, 1));
		return g;
	}

	private static Text suffix(Composite parent, String text, String id, String value) {
		new Label(parent, SWT.NONE).setText(text);
		Text t = Widgets.id(new Text(parent, SWT.BORDER), id);
		t.setText(value);
		GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		gd.widthHint = 60;
		t.setLayoutData(gd);
		return t;
	}

	private static GridData wide(int span, int height) {
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		gd.widthHint = 600;
		if (height > 0) {
			gd.heightHint = height;
		}
		return gd;
	}

	private Table table(Composite parent, String id, Object... columns) {
		Table t = Widgets.id(new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), id);
		t.setHeaderVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn col = new TableColumn(t, SWT.LEFT);
			col.setText((String) columns[i]);
			col.setWidth((Integer) columns[i + 1]);
		}
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		gd.heightHint = 105;
		t.setLayoutData(gd);
		t.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				validateStudy();
			}
		});
		return t;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && project.get() != shownFor) {
			shownFor = project.get();
			fillCases();
			fillVariants();
			fillAxes();
		}
		super.setVisible(visible);
		if (visible) {
			validateStudy();
		}
	}

	private Path folder() {
		return SegSenseProjects.folder(project.get());
	}

	private void fillCases() {
		cases.removeAll();
		pairedCases = List.of();
		String problem = "";
		Path images = folder().resolve("images");
		try {
			pairedCases = CasePairing.pair(images, new CasePairing.Pattern(image.getText(), label.getText(), roi.getText(), true));
		} catch (IllegalArgumentException e) {
			problem = e.getMessage().contains("holds no NIfTI") ? "No case images in " + images + " yet: add some with File \u2192 Import Cases\u2026"
					: e.getMessage();
		}
		for (CasePairing.PairedCase pc : pairedCases) {
			TableItem item = new TableItem(cases, SWT.NONE);
			item.setText(new String[] {pc.id(), pc.image().getFileName().toString(), pc.label().map(p -> p.getFileName().toString()).orElse("\u2014")});
		}
		casesProblem.setText(problem);
		casesProblem.getParent().layout();
		validateStudy();
	}

	private void fillVariants() {
		variants.removeAll();
		models = ModelFolders.find(folder());
		for (String m : models) {
			TableItem item = new TableItem(variants, SWT.NONE);
			item.setText(new String[] {m.substring(m.lastIndexOf('/') + 1), m});
		}
	}

	private void fillAxes() {
		axes.removeAll();
		perturbations = PerturbationCatalog.installed().all();
		Study empty = StudyResources.newStudy("s");
		for (PerturbationDescriptor d : perturbations) {
			TableItem item = new TableItem(axes, SWT.NONE);
			item.setText(new String[] {d.name() + " (" + d.id() + ")", sweep(DefaultAxis.of(d, empty))});
			item.setData(d);
		}
	}

	private static String sweep(PerturbationAxis axis) {
		if (axis.getSweep() == null) {
			return "no parameters";
		}
		List<String> values = SweepValues.of(axis.getSweep()).stream().map(v -> v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf(v.longValue())
				: String.format(java.util.Locale.ROOT, "%.3g", v)).toList();
		return axis.getSweptParameter() + " = " + String.join(", ", values) + (axis.getUnit() == null ? "" : " " + axis.getUnit());
	}

	/** @return the ticked choices */
	StudyChoices choices() {
		if (cases == null) {
			return new StudyChoices(List.of(), "t1", List.of(), List.of(), false);
		}
		return new StudyChoices(ticked(cases, pairedCases), channel.getText().trim(), ticked(variants, models), ticked(axes, perturbations),
				design.getSelectionIndex() == 1);
	}

	private static <T> List<T> ticked(Table table, List<T> values) {
		List<T> result = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getChecked()) {
				result.add(values.get(i));
			}
		}
		return result;
	}

	private void validateStudy() {
		if (validation == null || project.get() == null) {
			return;
		}
		if (!channel.getText().trim().matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
			setErrorMessage("The channel name must start with a letter or _ and hold only letters, digits, _ . -");
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(true);
		Study study = StudyResources.newStudy(studyId.get().isEmpty() ? "study" : studyId.get());
		choices().applyTo(study);
		StudyService studies = Services.get(StudyService.class);
		StudyService.Validation v = StudyChoices.validate(study, folder(), studies);
		if (v.valid()) {
			validation.setText("The study validates: " + studies.countJobs(study) + " jobs" + (v.warnings() > 0 ? ", " + v.warnings() + (v.warnings() == 1 ? " warning" : " warnings") : "")
					+ ".");
			setMessage(null);
		} else {
			StringBuilder text = new StringBuilder("The study will not validate yet (Finish writes it anyway; fix it in the study editor):");
			v.problems().stream().filter(p -> p.severity() == org.segsense.model.validation.Problem.Severity.ERROR).limit(3)
					.forEach(p -> text.append("\n\u2022 ").append(p.message()));
			if (v.errors() > 3) {
				text.append("\n\u2022 \u2026 and ").append(v.errors() - 3).append(" more");
			}
			validation.setText(text.toString());
			setMessage(v.errors() + " problem" + (v.errors() == 1 ? "" : "s") + " to fix before the study can run: see below.", IMessageProvider.WARNING);
		}
		validation.getParent().layout();
	}
}
