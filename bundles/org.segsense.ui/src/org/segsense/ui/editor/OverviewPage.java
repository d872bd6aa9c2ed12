// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.validation.Problem;
import org.segsense.ui.runs.RunActions;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * Overview: the study's name, description, seed and design; its job count and a time estimate
 * ({@link StudyService#countJobs}, {@link StudyService#estimate} from inference times measured in a run
 * folder the user picks); Run, Resume and Reproduce as background jobs ({@link RunActions}); the validation status
 * and every problem with its object path.
 */
final class OverviewPage extends FormPage {

	static final String ID = Ids.OVERVIEW_PAGE;

	private final StudyEditor editor;
	private final StudyService studies = new StudyServiceImpl();
	private final Decorations decorations = new Decorations();
	private Map<String, Double> measured = Map.of();
	private Path measuredFrom;
	private Text name;
	private Text description;
	private Text seed;
	private DesignCombo design;
	private Label jobs;
	private Label estimate;
	private Label status;
	private Table problems;

	OverviewPage(StudyEditor editor) {
		super(editor, ID, "Overview");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit tk = managedForm.getToolkit();
		form.setText("Study " + editor.study().getId());
		tk.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));
		Fields fields = new Fields(editor, tk, decorations);

		Composite general = section(tk, body, "General", "What the study is; the seed makes its random perturbations repeatable.");
		fields.label(general, "Name:", "A human-readable name.");
		name = fields.attribute(general, Ids.NAME, SWT.SINGLE | SWT.BORDER, editor::study, Literals.STUDY__NAME);
		fields.label(general, "Description:", "What the study asks.");
		description = fields.attribute(general, Ids.DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL, editor::study,
				Literals.STUDY__DESCRIPTION);
		fields.label(general, "Seed:", "The seed of every random draw (noise, random perturbations); same seed, same run.");
		seed = fields.attribute(general, Ids.SEED, SWT.SINGLE | SWT.BORDER, editor::study, Literals.STUDY__SEED);
		fields.label(general, "Design:", "How the axes' sweeps combine.");
		design = new DesignCombo(editor, general, decorations);

		Composite size = section(tk, body, "Size and time", "Before launch: how many jobs the study expands into and how long they take.");
		fields.label(size, "Jobs:", "cases × model variants × (1 + perturbation settings)");
		jobs = value(tk, size, Ids.JOBS);
		fields.label(size, "Estimate:", "jobs × the measured inference time of each variant ÷ inference workers");
		estimate = value(tk, size, Ids.ESTIMATE);
		tk.createLabel(size, "");
		Button measure = tk.createButton(size, "Inference times from a run folder\u2026", SWT.PUSH);
		measure.setToolTipText("Pick the folder of an earlier run of these model variants; its done jobs give the inference times.");
		measure.addListener(SWT.Selection, e -> {
			String dir = new DirectoryDialog(measure.getShell()).open();
			if (dir != null) {
				useTimesOf(Path.of(dir));
			}
		});

		Composite run = section(tk, body, "Run", "As a background job (Progress view, Run Console); Cancel stops it so that Resume can finish it.");
		((GridData) run.getParent().getLayoutData()).horizontalSpan = 2;
		((GridLayout) run.getLayout()).numColumns = 3;
		runButton(tk, run, RunActions.RUN_BUTTON, "Run\u2026", "Runs the saved study into a new run folder.",
				() -> RunActions.run(run.getShell(), editor.file(), editor.study()));
		runButton(tk, run, RunActions.RESUME_BUTTON, "Resume\u2026", "Finishes a stopped run of this study.",
				() -> RunActions.resume(run.getShell(), editor.file(), editor.study(), null));
		runButton(tk, run, RunActions.REPRODUCE_BUTTON, "Reproduce\u2026", "Re-runs a run of this study and compares every result.",
				() -> RunActions.reproduce(run.getShell(), editor.file(), null));

		Composite validation = section(tk, body, "Validation", "Checked as a run checks it before its first job, after every edit.");
		((GridData) validation.getParent().getLayoutData()).horizontalSpan = 2;
		((GridLayout) validation.getLayout()).numColumns = 1;
		status = value(tk, validation, Ids.STATUS);
		problems = tk.createTable(validation, SWT.FULL_SELECTION | SWT.BORDER);
		problems.setData(Ids.KEY, Ids.PROBLEMS);
		problems.setHeaderVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 140;
		gd.widthHint = 600; // long paths and messages scroll inside the table instead of widening the page
		problems.setLayoutData(gd);
		for (String[] c : new String[][] {{"Severity", "80"}, {"Object", "300"}, {"Problem", "700"}}) {
			TableColumn col = new TableColumn(problems, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
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

	/** A Run/Resume/Reproduce button: a run reads the study file, so unsaved edits are saved first (asked). */
	private void runButton(FormToolkit tk, Composite parent, String id, String text, String tip, Runnable action) {
		Button b = tk.createButton(parent, text, SWT.PUSH);
		b.setData(Ids.KEY, id);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> {
			if (editor.isDirty() && !MessageDialog.openQuestion(b.getShell(), text.replace("\u2026", ""), "The study has unsaved changes. Save them first?")) {
				return;
			}
			if (editor.isDirty()) {
				editor.doSave(new NullProgressMonitor());
			}
			action.run();
		});
	}

	private static Label value(FormToolkit tk, Composite parent, String id) {
		Label l = tk.createLabel(parent, "", SWT.WRAP);
		l.setData(Ids.KEY, id);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 300; // wraps long text within the section's width
		l.setLayoutData(gd);
		return l;
	}

	/** Estimates with the inference times measured in a run folder; a folder that is not a run is reported. */
	void useTimesOf(Path runDir) {
		try {
			measured = studies.measuredInferenceSeconds(runDir);
			measuredFrom = runDir;
		} catch (WorkflowException e) {
			measured = Map.of();
			measuredFrom = null;
			estimate.setText(e.getMessage());
			return;
		}
		refresh();
	}

	private void refresh() {
		if (name == null || name.isDisposed()) {
			return;
		}
		Fields.show(name, editor.study().getName());
		Fields.show(description, editor.study().getDescription());
		Fields.show(seed, editor.study().getSeed());
		design.refresh();
		try {
			jobs.setText(String.format("%,d", studies.countJobs(editor.study())));
			estimate.setText(estimateText());
		} catch (WorkflowException e) {
			jobs.setText("\u2014");
			estimate.setText(e.getMessage());
		}
		long errors = editor.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = editor.problems().size() - errors;
		status.setText(editor.problems().isEmpty() ? "Valid: ready to run."
				: errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")
						+ (errors > 0 ? " \u2014 a run would refuse to start." : " \u2014 a run can start."));
		problems.removeAll();
		for (Problem p : editor.problems()) {
			TableItem item = new TableItem(problems, SWT.NONE);
			item.setText(new String[] {p.severity().name().toLowerCase(), p.path(), p.message()});
		}
		for (TableColumn c : problems.getColumns()) {
			int width = c.getWidth();
			c.pack(); // whole paths and messages, never narrower than the initial width
			c.setWidth(Math.max(width, c.getWidth()));
		}
		decorations.show(editor.problems());
		getManagedForm().getForm().reflow(true);
	}

	private String estimateText() {
		if (measuredFrom == null) {
			return "Needs measured inference times: pick the folder of an earlier run of these variants.";
		}
		int threads = editor.study().getExecution() == null ? 0 : editor.study().getExecution().getThreads();
		int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors(); // 0: all cores
		StudyService.Estimate e = studies.estimate(editor.study(), measured, workers);
		String text = duration(e.seconds()) + " with " + workers + (workers == 1 ? " worker" : " workers") + " (times from "
				+ measuredFrom.getFileName() + ")";
		return e.complete() ? text : text + "; not measured: " + String.join(", ", e.unmeasured());
	}

	static String duration(double seconds) {
		long s = Math.round(seconds);
		return s < 60 ? s + " s" : s < 3600 ? String.format("%d min %02d s", s / 60, s % 60) : String.format("%d h %02d min", s / 3600, s % 3600 / 60);
	}
}
