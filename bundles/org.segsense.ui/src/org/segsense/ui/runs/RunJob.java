// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.segsense.engine.Reproduction;
import org.segsense.engine.RunSummary;
import org.segsense.engine.store.JobStatus;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.ProgressLines;
import org.segsense.workflows.run.RunListener;
import org.segsense.workflows.run.RunProgress;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;

/**
 * One Run, Resume or Reproduce of a study as an Eclipse Job, through the {@link RunService}. Its rule is the
 * {@link RunFolderRule} of its run folder. While the jobs run, the Progress view shows
 * {@code 12/24 jobs (50 %), 3.10 jobs/s, ETA 4 s} as its task ({@link RunStatusLine}: the status line); the {@link RunLog} gets the phases, a
 * progress line about every 5 %, each failed job and the outcome. Cancel is the service's graceful stop: no new
 * jobs, the jobs in flight are committed, the run folder's status becomes {@code cancelled} and Resume finishes
 * it; the job then ends with a cancel status. At the end the workspace folder is refreshed (the Project Explorer
 * shows the run with its status) and, for a Run or Resume, {@link RunJobs#onFinished} listeners are told.
 */
public final class RunJob extends Job {

	/** What the job does. */
	public enum Kind {
		RUN("Run"), RESUME("Resume"), REPRODUCE("Reproduce");

		final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	private final Kind kind;
	private final RunService service;
	private final RunRequest request;
	private final RunService.ReproduceRequest reproduce;
	private final Path runDir;
	private final RunLog log;
	private final List<Consumer<RunProgress>> progressListeners = new CopyOnWriteArrayList<>();
	private volatile RunProgress last;
	private volatile RunSummary summary;
	private volatile Reproduction.Report report;
	private volatile String error;

	RunJob(Kind kind, RunService service, RunRequest request, RunService.ReproduceRequest reproduce, Path runDir, String what) {
		super(kind.label + " " + what);
		this.kind = kind;
		this.service = service;
		this.request = request;
		this.reproduce = reproduce;
		this.runDir = runDir.toAbsolutePath().normalize();
		this.log = new RunLog(getName());
		setRule(new RunFolderRule(this.runDir));
		setUser(false); // in the Progress view and the status line, without the modal progress dialog
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE); // the outcome stays in the Progress view
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == RunJobs.FAMILY;
	}

	/** @return Run, Resume or Reproduce */
	public Kind kind() {
		return kind;
	}

	/** @return the run folder (absolute): where a Run or Resume writes, what a Reproduce re-runs */
	public Path runDir() {
		return runDir;
	}

	/** @return the run's log lines */
	public RunLog log() {
		return log;
	}

	/** @return the summary of a Run or Resume once it ended without error, else null */
	public RunSummary summary() {
		return summary;
	}

	/** @return the report of a Reproduce once it ended without error, else null */
	public Reproduction.Report report() {
		return report;
	}

	/** @return why the job failed, or null */
	public String error() {
		return error;
	}

	/** @return the progress after the last committed job, or null before the first */
	public RunProgress lastProgress() {
		return last;
	}

	/** Calls {@code listener} after each committed job (from the run's worker threads, one call at a time). */
	public void onProgress(Consumer<RunProgress> listener) {
		progressListeners.add(listener);
	}

	/** @return e.g. {@code 12/24 jobs (50 %), 3.10 jobs/s, ETA 4 s} */
	public static String progressText(RunProgress p) {
		return String.format(Locale.ROOT, "%d/%d jobs (%.0f %%), %.2f jobs/s, ETA %s", p.done(), p.pending(), p.percent(), p.jobsPerSecond(),
				RunProgress.duration(p.etaSeconds()));
	}

	@Override
	protected void canceling() {
		log.append("stopping: the jobs in flight are committed, then the run stops (Resume finishes it)");
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RunMonitor m = new RunMonitor(monitor);
		log.append(getName() + " in " + runDir);
		try {
			if (kind == Kind.REPRODUCE) {
				report = service.reproduce(reproduce, listener(m), m);
				log.append(report.agrees() ? "reproduced: " + report.jobsCompared() + " jobs agree" : "NOT reproduced: " + describe(report));
				return report.error() == null ? Status.OK_STATUS : Status.warning(report.error());
			}
			summary = service.start(request, listener(m), m);
			log.append(summary.status().getLiteral() + ": " + summary.done() + " done, " + summary.failed() + " failed, " + summary.skipped()
					+ " done before, of " + summary.shardJobs() + " jobs, in " + RunProgress.duration(summary.wallNanos() / 1e9));
			summary.failures().forEach(f -> log.append("  failed " + f));
			return summary.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (WorkflowException e) {
			error = e.getMessage();
			log.append("error: " + e.getMessage());
			e.problems().forEach(p -> log.append("  " + p));
			String message = getName() + ": " + e.getMessage() + (e.problems().isEmpty() ? "" : "\n" + String.join("\n", e.problems()));
			return e.badInput() ? Status.error(message) : Status.error(message, e); // bad input: the message, no stack trace
		} catch (OperationCanceledException e) {
			log.append("cancelled");
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			error = String.valueOf(e.getMessage());
			log.append("error: " + e);
			return Status.error(getName() + " failed: " + e, e);
		} finally {
			monitor.done();
			RunJobs.ended(this);
		}
	}

	private static String describe(Reproduction.Report r) {
		if (r.error() != null) {
			return r.error();
		}
		return r.jobsCompared() + " jobs compared, " + r.jobsMissing() + " missing, changed inputs " + r.changedInputs() + ", " + r.metrics();
	}

	private RunListener listener(RunMonitor m) {
		ProgressLines lines = new ProgressLines(log::append, 0);
		return new RunListener() {
			@Override
			public void phase(String message) {
				lines.phase(message);
			}

			@Override
			public void jobCommitted(RunProgress p) {
				last = p;
				m.progress(p);
				lines.jobCommitted(p);
				if (p.job() != null && p.job().status() == JobStatus.FAILED) {
					log.append("failed " + p.job().key() + ": " + p.job().message());
				}
				progressListeners.forEach(c -> c.accept(p));
			}
		};
	}

	/**
	 * Shows the engine's phases as sub-tasks until the first job commits, then the run's figures as the task (the
	 * Progress view shows them under the job's name; the status line's progress area shows only the name and percentage,
	 * so {@link RunStatusLine} shows the figures there).
	 */
	private static final class RunMonitor extends ProgressMonitorWrapper {

		private volatile boolean jobsStarted;

		RunMonitor(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void beginTask(String task, int totalWork) {
			super.beginTask("preparing the run", totalWork); // the job's name is its title already
		}

		@Override
		public void setTaskName(String task) {
			// the task is the run's figures; the engine's phases are sub-tasks
		}

		@Override
		public void subTask(String task) {
			if (!jobsStarted) {
				super.subTask(task);
			}
		}

		void progress(RunProgress p) {
			jobsStarted = true;
			super.setTaskName(progressText(p)); // the Progress view's second line, after the job's name in the status line
		}
	}
}
