// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.slurm.SlurmPlan;
import org.segsense.workflows.slurm.SlurmRequest;
import org.segsense.workflows.slurm.SlurmService;

/**
 * Submits a study to Slurm in the background through the {@link SlurmService} ({@code segsense slurm submit}): the
 * scripts in {@code RUN/slurm}, the array of shards, the merge job after it. It holds the {@link RunFolderRule} of
 * the run folder. It ends with the job ids as its (kept) result in the Progress view, or with the service's one
 * message (bad input: no stack trace); then the run folder's workspace folder is refreshed. The run itself goes
 * on in the cluster: {@code segsense slurm status RUN} follows it, and the merged run opens like any other.
 */
public final class SlurmSubmitJob extends Job {

	/** The job family ({@code Job.getJobManager().find(SlurmSubmitJob.FAMILY)}). */
	public static final Object FAMILY = SlurmSubmitJob.class;

	private final SlurmService service;
	private final SlurmRequest request;
	private volatile SlurmPlan plan;
	private volatile String error;

	/** A submission of {@code request} through {@code service} (schedule it). */
	public SlurmSubmitJob(SlurmService service, SlurmRequest request) {
		super("Submit " + request.study().getFileName() + " to Slurm \u2192 " + request.out().getFileName());
		this.service = service;
		this.request = request;
		setRule(new RunFolderRule(request.out().toAbsolutePath().normalize()));
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the request it submits */
	public SlurmRequest request() {
		return request;
	}

	/** @return the submitted plan (with the job ids) once it succeeded, else null */
	public SlurmPlan plan() {
		return plan;
	}

	/** @return the service's message when the submission failed, else null */
	public String error() {
		return error;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			plan = service.submit(request);
			return Status.info("Submitted " + plan.shards() + " shards of " + plan.studyJobs() + " jobs as array job " + plan.arrayJob()
					+ " and merge job " + plan.mergeJob() + " into " + plan.runDir() + " (follow it with: segsense slurm status " + plan.runDir() + ")");
		} catch (WorkflowException e) {
			error = e.getMessage();
			String message = getName() + ": " + e.getMessage() + (e.problems().isEmpty() ? "" : "\n" + String.join("\n", e.problems()));
			return e.badInput() ? Status.error(message) : Status.error(message, e);
		} finally {
			monitor.done();
			Job refresh = RunJobs.refresh(request.out());
			if (refresh != null) {
				refresh.schedule();
			}
		}
	}
}
