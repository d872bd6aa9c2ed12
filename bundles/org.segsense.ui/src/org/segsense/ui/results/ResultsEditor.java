// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.segsense.report.render.Html;
import org.segsense.engine.JobReplay;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.ReportException;
import org.segsense.report.ReportResult;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.RunData;
import org.segsense.ui.ReadOnlyEditor;
import org.segsense.ui.projects.RunInfo;
import org.segsense.ui.viewer.PathEditorInput;

/**
 * The results editor of a run folder (docs/results-editor.md). Its input is the run folder, or its
 * {@code results.sqlite} (double-click in the Project Explorer); {@link #open} opens it from code (when a run
 * finishes). A background job reads the run the way the report does ({@link RunData#load}, then
 * {@link Analysis#of}); the tabs show the curves ({@link CurvesPanel}), the report's tables ({@link ReportTables}) and
 * every job ({@link JobTable}: double-click one to recompute it and see its images, {@link #drillDown}); Export HTML Report runs the report generator as a job ({@link ExportReportJob}) and
 * shows the report in a Report tab with the SWT Browser, or in the system browser where SWT has none.
 */
public final class ResultsEditor extends ReadOnlyEditor {

	/** The editor id (plugin.xml). */
	public static final String ID = "org.segsense.ui.results.editor";
	/** Widget data key of the Export HTML Report button. */
	public static final String KEY_EXPORT = "segsense.results.export";
	/** Widget data key of the Compare with… button. */
	public static final String KEY_COMPARE = "segsense.results.compare";

	private Path runDir;
	private Label header;
	private CTabFolder tabs;
	private CurvesPanel curves;
	private ReportTables tables;
	private JobTable jobs;
	private Button export, compare;
	private Job loading;
	private volatile Analysis analysis;
	private volatile String error;
	private volatile Job exporting;
	private volatile Path report;
	private volatile String reportShownIn;
	private volatile Job replaying;
	private JobView jobView;

	/**
	 * Opens (or activates) the results editor of a run folder (call on the UI thread).
	 *
	 * @param page the workbench page
	 * @param runDir the run folder ({@code segsense run --out DIR}, or a run of the workbench)
	 * @return the editor
	 * @throws PartInitException when the editor cannot be created
	 */
	public static ResultsEditor open(IWorkbenchPage page, Path runDir) throws PartInitException {
		return (ResultsEditor) page.openEditor(new PathEditorInput(runDir), ID, true);
	}

	/** @return the run folder of an input: the path of a folder, or the folder of a {@code results.sqlite} */
	static Path runDirOf(IEditorInput input) throws PartInitException {
		Path path;
		if (input instanceof PathEditorInput p) {
			path = p.file();
		} else if (input instanceof IPathEditorInput p) {
			IPath ip = p.getPath();
			path = ip.toPath();
		} else {
			throw new PartInitException("The results editor opens a run folder or its " + ResultStore.FILE + ", not " + input.getName() + ".");
		}
		return path.getFileName() != null && path.getFileName().toString().equals(ResultStore.FILE) ? path.getParent() : path;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		runDir = runDirOf(input).toAbsolutePath().normalize();
		setPartName("Results: " + runDir.getFileName());
		setTitleToolTip(runDir.toString());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(3, false));
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header = new Label(top, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		header.setText("Reading " + runDir + " …");
		header.setData("segsense.results.header", Boolean.TRUE);
		export = new Button(top, SWT.PUSH);
		export.setText("Export HTML Report");
		export.setToolTipText("Write the run's HTML report (report/index.html in the run folder) and show it");
		export.setData(KEY_EXPORT, Boolean.TRUE);
		export.setEnabled(false);
		export.addListener(SWT.Selection, e -> exportReport());
		compare = new Button(top, SWT.PUSH);
		compare.setText("Compare with…");
		compare.setToolTipText("Compare this run with another run of the same study: both runs' curves in one chart and the largest changes");
		compare.setData(KEY_COMPARE, Boolean.TRUE);
		compare.setEnabled(false);
		compare.addListener(SWT.Selection, e -> compareWith());
		tabs = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		curves = new CurvesPanel(tabs);
		tab("Curves", curves);
		tables = new ReportTables(tabs);
		tab("Tables", tables);
		jobs = new JobTable(tabs);
		tab("Jobs", jobs);
		jobs.onOpen(row -> drillDown(row, null));
		curves.onPoint(this::openPoint);
		tabs.setSelection(0);
		load();
	}

	private CTabItem tab(String text, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
		item.setData("segsense.results.tab", text);
		return item;
	}

	private void load() {
		loading = Job.create("Reading the results of " + runDir.getFileName(), (IProgressMonitor monitor) -> {
			// First the jobs table, straight from the store (the quickest thing to show), then the report's analysis.
			if (isRunFolder(runDir) && Files.isRegularFile(runDir.resolve(StudyRunner.STUDY_COPY))) {
				try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
					// the jobs alone first (half the reading), then the metric values as columns
					List<JobRecord> records = store.jobs();
					JobRows rows = JobRows.ofJobs(records);
					String info = info(store.meta(), records);
					ui(() -> {
						header.setText(runDir.getFileName() + ": " + info);
						header.getParent().layout();
						jobs.setRows(rows);
					});
					JobRows.Metrics metrics = rows.metrics(store.results());
					ui(() -> jobs.setMetrics(metrics));
				} catch (SQLException e) {
					// RunData.load below says what is wrong with the store
				}
			}
			RunData run;
			try {
				run = RunData.load(runDir);
			} catch (ReportException e) {
				error = e.getMessage();
				ui(() -> {
					header.setText(error);
					header.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
					header.getParent().layout();
				});
				return Status.OK_STATUS;
			}
			String info = info(run.meta(), run.jobs());
			Analysis a = Analysis.of(run);
			analysis = a;
			ui(() -> {
				header.setText(runDir.getFileName() + " — study " + run.study().getId() + ": " + info + ", " + run.cases().size() + " case(s), "
						+ run.variants().size() + " variant(s), " + run.axes().size() + (run.axes().size() == 1 ? " axis" : " axes"));
				header.getParent().layout();
				curves.setAnalysis(a);
				tables.setAnalysis(a);
				export.setEnabled(true);
				compare.setEnabled(true);
			});
			return Status.OK_STATUS;
		});
		loading.setSystem(false);
		loading.schedule();
	}

	private void ui(Runnable r) {
		if (!tabs.isDisposed()) {
			tabs.getDisplay().asyncExec(() -> {
				if (!tabs.isDisposed()) {
					r.run();
				}
			});
		}
	}

	/**
	 * Drill-down: recomputes a job of the jobs table through the run's job path ({@link JobReplay}) in a background job
	 * and shows it in the Job tab ({@link JobView}); a job that cannot be recomputed (changed inputs, a missing model)
	 * ends with the replay's message as the job's error (call on the UI thread).
	 *
	 * @param row the row in store order
	 * @param note a line shown above the job's metrics (which point of a curve it comes from), or null
	 */
	void drillDown(int row, String note) {
		JobRows rows = jobs.rows();
		String key = rows.key(row);
		List<String> columns = rows.columns();
		String[] cells = rows.texts(row);
		Job job = Job.create("Recomputing job " + key, (IProgressMonitor monitor) -> {
			JobReplay.Images[] got = new JobReplay.Images[1];
			try {
				JobReplay.replay(runDir, List.of(key), images -> got[0] = images);
			} catch (StudyRunException e) {
				return error("Job " + key + " of " + runDir + " cannot be recomputed: " + e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
			ui(() -> {
				if (jobView == null || jobView.isDisposed()) {
					jobView = new JobView(tabs);
					tab("Job", jobView);
				}
				jobView.show(got[0], columns, cells, note);
				for (CTabItem item : tabs.getItems()) {
					if (item.getControl() == jobView) {
						item.setText("Job " + got[0].jobKey());
						tabs.setSelection(item);
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		replaying = job;
		job.schedule();
	}

	/**
	 * Drill-down from a point of a curve (call on the UI thread): a point is a mean over cases, so the Jobs tab is
	 * filtered to the point's jobs (variant, axis, value; the baseline's jobs for the baseline point) and the first of
	 * them that is done is recomputed and shown ({@link #drillDown}) with the other cases named; double-click another
	 * job in the Jobs tab to open it.
	 */
	void openPoint(CurvesPanel.PointChoice p) {
		String variant = p.curve().variant().id();
		String axis = p.value() == null ? JobRows.BASELINE : p.curve().axis().id();
		jobs.showOnly(variant, axis, p.value() == null ? JobRows.BASELINE : Double.toString(p.value()));
		JobRows rows = jobs.rows();
		List<Integer> done = new java.util.ArrayList<>();
		for (int i = 0; i < rows.viewSize(); i++) {
			if (JobStatus.DONE.id().equals(rows.text(rows.rowAt(i), 5))) {
				done.add(rows.rowAt(i));
			}
		}
		String where = "variant " + variant + ", " + (p.value() == null ? "baseline (unperturbed)" : axis + " = " + Html.number(p.value()));
		if (done.isEmpty()) {
			for (CTabItem item : tabs.getItems()) {
				if ("Jobs".equals(item.getData("segsense.results.tab"))) {
					tabs.setSelection(item);
				}
			}
			return;
		}
		List<String> others = done.stream().skip(1).map(r -> rows.text(r, 1)).toList();
		String note = "Point of the curve: " + where + ". Case " + rows.text(done.get(0), 1) + " (1 of " + done.size() + ")"
				+ (others.isEmpty() ? "." : "; the other cases (" + String.join(", ", others.size() > 12 ? others.subList(0, 12) : others)
						+ (others.size() > 12 ? ", …" : "") + ") are listed in the Jobs tab: double-click one to open it.");
		drillDown(done.get(0), note);
	}

	/**
	 * Compare with…: chooses another run of the same study next to this one (the other run folders in this run's
	 * parent whose store names the same study id) and opens the comparison, this run as A (call on the UI thread).
	 */
	void compareWith() {
		List<Path> others = otherRuns();
		if (others.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Compare with",
					"There is no other run of study " + studyId() + " in " + runDir.getParent() + " to compare " + runDir.getFileName()
							+ " with. Run the study again (or resume it into another folder), then compare the two runs.");
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Path) element).getFileName().toString();
			}
		});
		dialog.setTitle("Compare with");
		dialog.setMessage("Compare " + runDir.getFileName() + " (A, solid) with another run of study " + studyId() + " (B, dashed):");
		dialog.setElements(others.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Path other) {
			compareWith(other);
		}
	}

	/** Opens the comparison of this run (A) with {@code other} (B) (call on the UI thread). */
	public CompareEditor compareWith(Path other) {
		try {
			return CompareEditor.open(getSite().getPage(), runDir, other);
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), "Compare with", "Cannot compare " + runDir + " with " + other, e.getStatus());
			return null;
		}
	}

	/** @return the other run folders beside this one (same parent folder) of the same study, by name */
	public List<Path> otherRuns() {
		String id = studyId();
		List<Path> out = new java.util.ArrayList<>();
		Path parent = runDir.getParent();
		if (id == null || parent == null) {
			return out;
		}
		try (var dirs = Files.list(parent)) {
			for (Path d : dirs.sorted().toList()) {
				if (!d.equals(runDir) && Files.isDirectory(d) && isRunFolder(d)) {
					try (ResultStore store = ResultStore.open(d.resolve(ResultStore.FILE))) {
						if (id.equals(store.meta().get("study.id"))) {
							out.add(d);
						}
					} catch (SQLException e) {
						// not a readable run: not offered
					}
				}
			}
		} catch (java.io.IOException e) {
			// an unreadable parent: nothing to offer
		}
		return out;
	}

	private String studyId() {
		Analysis a = analysis;
		return a == null ? null : a.run().study().getId();
	}

	/** @return the job of the last drill-down, or null */
	public Job drillDownJob() {
		return replaying;
	}

	/** Writes the HTML report in a job, then shows it (call on the UI thread). */
	void exportReport() {
		export.setEnabled(false);
		ExportReportJob job = new ExportReportJob(runDir);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				ReportResult result = job.result();
				ui(() -> {
					export.setEnabled(true);
					if (result != null) {
						show(result.indexHtml());
					}
				});
			}
		});
		exporting = job;
		job.schedule();
	}

	private void show(Path indexHtml) {
		Browser browser;
		try {
			browser = new Browser(tabs, SWT.NONE);
		} catch (SWTError e) {
			browser = null;
		}
		if (browser != null) {
			for (CTabItem item : tabs.getItems()) {
				if ("Report".equals(item.getData("segsense.results.tab"))) {
					item.getControl().dispose();
					item.dispose();
				}
			}
			browser.setUrl(indexHtml.toUri().toString());
			tabs.setSelection(tab("Report", browser));
			reportShownIn = "browser";
		} else {
			Program.launch(indexHtml.toUri().toString());
			reportShownIn = "system browser";
		}
		header.setText(header.getText().replaceAll(" — report: .*", "") + " — report: " + indexHtml);
		header.getParent().layout();
		report = indexHtml;
	}

	/** @return the job reading the run (join it to wait for the editor's content) */
	public Job loadingJob() {
		return loading;
	}

	/** @return the job of the last Export HTML Report, or null */
	public Job exportJob() {
		return exporting;
	}

	/** @return the last exported report's index.html once it is shown, else null */
	public Path report() {
		return report;
	}

	/** @return where the last report was shown: "browser" (the Report tab) or "system browser"; null before */
	public String reportShownIn() {
		return reportShownIn;
	}

	/** @return the run's analysis once read, else null */
	public Analysis analysis() {
		return analysis;
	}

	/** @return the message of a run that cannot be read, else null */
	public String error() {
		return error;
	}

	/** @return the run folder */
	public Path runDir() {
		return runDir;
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}





	/** @return the run's status as the Project Explorer shows it ({@link RunInfo#label()}) */
	private static String info(Map<String, String> meta, List<JobRecord> records) {
		int done = (int) records.stream().filter(j -> j.status() == JobStatus.DONE).count();
		int failed = (int) records.stream().filter(j -> j.status() == JobStatus.FAILED).count();
		String total = meta.getOrDefault("jobs.shard", meta.get("jobs.study"));
		int jobs;
		try {
			jobs = total == null ? -1 : Integer.parseInt(total);
		} catch (NumberFormatException e) {
			jobs = -1;
		}
		return new RunInfo(meta.getOrDefault("status", "unknown"), jobs, done, failed).label();
	}

	static boolean isRunFolder(Path dir) {
		return Files.isRegularFile(dir.resolve(ResultStore.FILE));
	}

	static IStatus error(String message, Throwable t) {
		return new Status(IStatus.ERROR, "org.segsense.ui", message, t);
	}
}
