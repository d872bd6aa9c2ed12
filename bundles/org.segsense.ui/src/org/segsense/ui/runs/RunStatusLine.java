// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.segsense.ui.editor.Ids;
import org.segsense.workflows.run.RunProgress;

/**
 * The run figures in the workbench window's status line (an item of the window's status line manager, added by the
 * workbench's action bar advisor; the status line's progress area shows only a job's name and percentage):
 * while SegSense runs are running, {@code r1: 12/24 jobs (50 %), 3.10 jobs/s, ETA 4 s} for one run (its run folder's
 * name), {@code 2 runs: 30/48 jobs (63 %), 5.20 jobs/s, ETA 6 s} for several (done and total summed, rates summed,
 * the longest ETA; the tooltip has one line per run); empty when none runs. The figures are those of each run's last
 * progress event ({@link RunJob#lastProgress}); a rate under one job a second is given per minute. The label is
 * updated twice a second while a run job is running, and not at all otherwise.
 */
public final class RunStatusLine extends ContributionItem {

	/** The label's id (widget data {@link Ids#KEY}). */
	public static final String LABEL = "runs.statusLine";
	private static final int PERIOD_MS = 500;
	/** The label's width in average characters. */
	private static final int CHARS = 60;

	private CLabel label;
	private Runnable unsubscribe;
	private boolean ticking;

	/** An item of the status line, with the id {@value #LABEL}. */
	public RunStatusLine() {
		super(LABEL);
	}

	@Override
	public void fill(Composite parent) {
		label = new CLabel(parent, SWT.SHADOW_NONE);
		label.setData(Ids.KEY, LABEL);
		label.setText("");
		GC gc = new GC(label);
		StatusLineLayoutData data = new StatusLineLayoutData();
		data.widthHint = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * CHARS);
		gc.dispose();
		label.setLayoutData(data);
		unsubscribe = RunJobs.onStarted(job -> {
			if (!label.isDisposed()) {
				label.getDisplay().asyncExec(this::tick);
			}
		});
		label.addListener(SWT.Dispose, e -> unsubscribe.run());
		tick();
	}

	/** Updates the label and keeps ticking while a run job is running or waiting to run. */
	private void tick() {
		if (label == null || label.isDisposed()) {
			return;
		}
		List<RunJob> running = RunJobs.history().stream().filter(j -> j.getState() == Job.RUNNING).toList();
		String text = text(running);
		if (!text.equals(label.getText())) {
			label.setText(text);
			label.setToolTipText(running.isEmpty() ? null
					: running.stream().map(j -> j.getName() + ": " + figures(j)).collect(Collectors.joining("\n")));
		}
		boolean active = RunJobs.history().stream().anyMatch(j -> j.getState() != Job.NONE);
		if (active && !ticking) {
			ticking = true;
			label.getDisplay().timerExec(PERIOD_MS, () -> {
				ticking = false;
				tick();
			});
		}
	}

	/** @return what the status line shows for the running run jobs (empty for none) */
	public static String text(List<RunJob> running) {
		if (running.isEmpty()) {
			return "";
		}
		if (running.size() == 1) {
			return line(running.get(0));
		}
		List<RunProgress> ps = running.stream().map(RunJob::lastProgress).filter(p -> p != null).toList();
		int done = ps.stream().mapToInt(RunProgress::done).sum(), total = ps.stream().mapToInt(RunProgress::pending).sum();
		double rate = ps.stream().mapToDouble(RunProgress::jobsPerSecond).sum();
		double eta = ps.stream().mapToDouble(RunProgress::etaSeconds).max().orElse(0);
		if (ps.isEmpty()) {
			return running.size() + " runs: preparing";
		}
		String preparing = ps.size() < running.size() ? ", " + (running.size() - ps.size()) + " preparing" : "";
		return running.size() + " runs: " + figures(done, total, rate, eta) + preparing;
	}

	/**
	 * @return {@code RUNFOLDER: FIGURES} of one run job (the run folder's name: the job's full name is in the progress area
	 *         beside it), or {@code RUNFOLDER: preparing} before its first job committed
	 */
	public static String line(RunJob job) {
		return job.runDir().getFileName() + ": " + figures(job);
	}

	private static String figures(RunJob job) {
		RunProgress p = job.lastProgress();
		return p == null ? "preparing" : figures(p.done(), p.pending(), p.jobsPerSecond(), p.etaSeconds());
	}

	/** @return {@code 12/24 jobs (50 %), 3.10 jobs/s, ETA 4 s}; under 1 job/s the rate per minute ({@code 42.0 jobs/min}) */
	public static String figures(int done, int total, double jobsPerSecond, double etaSeconds) {
		String rate = jobsPerSecond >= 1 || jobsPerSecond == 0 ? String.format(Locale.ROOT, "%.2f jobs/s", jobsPerSecond)
				: String.format(Locale.ROOT, "%.1f jobs/min", jobsPerSecond * 60);
		return String.format(Locale.ROOT, "%d/%d jobs (%.0f %%), %s, ETA %s", done, total, 100.0 * done / Math.max(1, total), rate,
				RunProgress.duration(etaSeconds));
	}
}
