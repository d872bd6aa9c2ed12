// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.segsense.report.render.Html;
import org.segsense.ui.ReadOnlyEditor;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.report.RunComparison;

/**
 * Compares two runs of one study (docs/results-editor.md, "Compare two runs"): the numbers come from
 * {@link RunComparison} (ReportService#compare). The curves of both runs in one chart ({@link CurvesPanel}: the same
 * axis, metric and label choosers as the results editor; run A solid, run B dashed, the legend naming the run) and
 * below it the largest per-job changes of the chosen metric and label (case, variant, axis, value, A, B, B − A;
 * sorted by |B − A|, the top {@value #TOP}). Two runs of different studies show the service's message, naming both,
 * in the header and nothing else. Widget data keys: {@value #KEY_HEADER}, {@value #KEY_CHANGES} (the table),
 * the chart's keys of {@link CurvesPanel}.
 */
public final class CompareEditor extends ReadOnlyEditor {

	/** The editor id (plugin.xml). */
	public static final String ID = "org.segsense.ui.results.compare";
	/** How many changes the table lists. */
	public static final int TOP = 50;
	static final String KEY_HEADER = "segsense.compare.header";
	static final String KEY_CHANGES = "segsense.compare.changes";

	/** The input: two run folders, A (the reference) and B. */
	public record Input(Path a, Path b) implements IEditorInput {
		/** Normalises both folders. */
		public Input {
			a = a.toAbsolutePath().normalize();
			b = b.toAbsolutePath().normalize();
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return ImageDescriptor.getMissingImageDescriptor();
		}

		@Override
		public String getName() {
			return a.getFileName() + " ↔ " + b.getFileName();
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "A: " + a + "\nB: " + b;
		}
	}

	private Input input;
	private Label header, changesTitle;
	private CurvesPanel curves;
	private Table changes;
	private Job loading;
	private volatile RunComparison comparison;
	private volatile String error;

	/**
	 * Opens (or activates) the comparison of two run folders (call on the UI thread).
	 *
	 * @param a run A, the reference (solid)
	 * @param b run B (dashed); changes are B − A
	 */
	public static CompareEditor open(IWorkbenchPage page, Path a, Path b) throws PartInitException {
		return (CompareEditor) page.openEditor(new Input(a, b), ID, true);
	}

	@Override
	public void init(IEditorSite site, IEditorInput in) throws PartInitException {
		if (!(in instanceof Input i)) {
			throw new PartInitException("The run comparison opens two run folders, not " + in.getName() + ".");
		}
		setSite(site);
		setInput(in);
		input = i;
		setPartName("Compare: " + i.getName());
		setTitleToolTip(i.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setText("Reading " + input.a() + " and " + input.b() + " …");
		header.setData(KEY_HEADER, Boolean.TRUE);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		curves = new CurvesPanel(sash);
		Composite bottom = new Composite(sash, SWT.NONE);
		bottom.setLayout(new GridLayout(1, false));
		changesTitle = new Label(bottom, SWT.WRAP);
		changesTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		changes = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION);
		changes.setHeaderVisible(true);
		changes.setLinesVisible(true);
		changes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		changes.setData(KEY_CHANGES, Boolean.TRUE);
		String[] names = { "case", "variant", "axis", "value", "A", "B", "B − A" };
		for (int c = 0; c < names.length; c++) {
			TableColumn col = new TableColumn(changes, c < 3 ? SWT.LEFT : SWT.RIGHT);
			col.setText(names[c]);
			col.setWidth(c < 3 ? 120 : 100);
		}
		sash.setWeights(66, 34);
		curves.onChoice(this::showChanges);
		load();
	}

	private void load() {
		loading = Job.create("Comparing " + input.getName(), (IProgressMonitor monitor) -> {
			RunComparison c;
			try {
				c = ExportReportJob.service().compare(input.a(), input.b());
				c.analysisA();
				c.analysisB();
			} catch (WorkflowException e) {
				error = e.getMessage();
				ui(() -> {
					header.setText(error);
					header.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
					header.getParent().layout(true, true);
				});
				return Status.OK_STATUS;
			}
			comparison = c;
			ui(() -> {
				header.setText("Study " + c.a().study().getId() + ". Run A (solid): " + input.a() + " — " + c.a().doneJobs() + " jobs done. Run B (dashed): "
						+ input.b() + " — " + c.b().doneJobs() + " jobs done.");
				curves.setAnalyses(List.of(c.analysisA(), c.analysisB()), List.of("run A: " + input.a().getFileName(), "run B: " + input.b().getFileName()));
				header.getParent().layout(true, true);
			});
			return Status.OK_STATUS;
		});
		loading.schedule();
	}

	private void showChanges() {
		RunComparison c = comparison;
		String metric = curves.metricId();
		int label = curves.labelValue();
		changes.removeAll();
		if (c == null || metric == null) {
			return;
		}
		List<RunComparison.Change> all = c.changes(metric, label);
		List<RunComparison.Change> top = all.subList(0, Math.min(TOP, all.size()));
		for (RunComparison.Change ch : top) {
			new TableItem(changes, SWT.NONE).setText(new String[] { ch.caseId(), ch.variant(), ch.axis() == null ? JobRows.BASELINE : ch.axis(),
					ch.value() == null ? JobRows.BASELINE : Html.number(ch.value()), Html.number(ch.a()), Html.number(ch.b()), Html.number(ch.difference()) });
		}
		changesTitle.setText("Largest changes of " + metric + " (label " + label + ") from run A to run B, per job: " + top.size() + " of " + all.size()
				+ " jobs done with a defined value in both runs, sorted by |B − A|.");
		changesTitle.getParent().layout(true, true);
	}

	private void ui(Runnable r) {
		if (!header.isDisposed()) {
			header.getDisplay().asyncExec(() -> {
				if (!header.isDisposed()) {
					r.run();
				}
			});
		}
	}

	/** @return the job reading both runs (join it to wait for the editor's content) */
	public Job loadingJob() {
		return loading;
	}

	/** @return the comparison once read, else null */
	public RunComparison comparison() {
		return comparison;
	}

	/** @return the message of two runs that cannot be compared, else null */
	public String error() {
		return error;
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
		header.getParent().setFocus();
	}
}
