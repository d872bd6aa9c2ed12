// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.engine.Reproduction;
import org.segsense.engine.RunMerge;
import org.segsense.engine.RunSummary;
import org.segsense.workflows.WorkflowException;

/**
 * Runs of studies: start, resume, shard (a {@link RunRequest}'s shard), merge shards, reproduce a run and stop
 * one in progress. Cancelling the monitor stops a run gracefully — no new jobs, the jobs in flight are
 * committed, the run's status becomes "cancelled" and {@link #resume} finishes it — and the summary is
 * returned as for any run. Every method throws {@link WorkflowException} (bad input or failure).
 */
public interface RunService {

	/**
	 * How to reproduce a run.
	 *
	 * @param runDir the run folder
	 * @param tolerance the largest |difference| that counts as agreement (0: bit-exact)
	 * @param threads worker threads of the re-run, 0 for automatic
	 * @param keep write the re-run here and keep it, or null for a temporary folder
	 * @param project the folder the study's paths refer to, or null for the one the run recorded
	 */
	record ReproduceRequest(Path runDir, double tolerance, int threads, Path keep, Path project) {
	}

	/**
	 * @return the folder a request runs in: its {@code out}; with {@code resume} and no {@code out}, the folder
	 *         of a run's own study copy; else {@code runs/STUDYFILE-TIME} next to the study
	 * @throws WorkflowException (bad input) for a resume without a run folder
	 */
	Path runFolder(RunRequest request);

	/** Runs (or, with {@code request.resume()}, finishes) a study or one shard of it. */
	RunSummary start(RunRequest request, RunListener listener, IProgressMonitor monitor);

	/** Finishes a stopped run: as {@link #start} with {@code resume}. */
	RunSummary resume(RunRequest request, RunListener listener, IProgressMonitor monitor);

	/** Merges the run folders of shards of one study into {@code out} (new). */
	RunMerge.Result merge(List<Path> runs, Path out, IProgressMonitor monitor);

	/**
	 * Re-runs a run's copy of its study and compares every result. Cancelling the monitor abandons the re-run
	 * and throws {@code OperationCanceledException}.
	 */
	Reproduction.Report reproduce(ReproduceRequest request, RunListener listener, IProgressMonitor monitor);

	/**
	 * Stops the run this service is running in {@code runDir} (graceful: as cancelling its monitor).
	 *
	 * @return false when no run of this service is in progress there
	 */
	boolean stop(Path runDir);
}
