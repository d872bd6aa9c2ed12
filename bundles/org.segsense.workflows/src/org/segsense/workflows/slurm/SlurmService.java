// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.nio.file.Path;

import org.segsense.workflows.WorkflowException;

/**
 * Runs a study on a Slurm cluster with no server of SegSense's own: an sbatch array whose task {@code i} runs
 * {@code segsense run --shard i/N --resume} into its own shard folder, and a merge job chained with
 * {@code --dependency=afterok} that merges the shards into the run folder and writes the report. Only a shared
 * file system connects the nodes. The status is read from the shard stores; resubmission runs only unfinished
 * shards (each resumes its store). The workbench's "run on Slurm" choice calls this service, the command line's
 * {@code segsense slurm} too. Every method throws {@link WorkflowException} (bad input or failure).
 */
public interface SlurmService {

	/**
	 * The scripts and sbatch command lines {@link #submit} would use, without writing or submitting anything.
	 *
	 * @throws WorkflowException (bad input) for an invalid study, fewer jobs than shards, an unusable run folder
	 */
	SlurmPlan plan(SlurmRequest request);

	/**
	 * Writes the scripts into {@code out/slurm}, submits the array and the merge job chained after it.
	 *
	 * @return the submitted plan with the job ids
	 * @throws WorkflowException (bad input) as {@link #plan}, or when sbatch is missing; (failure) when Slurm refuses
	 *         the submission (e.g. the controller is unreachable): nothing is left submitted or written then
	 */
	SlurmPlan submit(SlurmRequest request);

	/**
	 * @param runDir a run folder written by {@link #submit}
	 * @return per shard the done, failed and pending jobs, read from the shard stores
	 * @throws WorkflowException (bad input) for a folder that is not a Slurm run, or a shard folder of another study
	 */
	SlurmStatus status(Path runDir);

	/**
	 * Submits the unfinished shards again (each resumes its store) and a new merge job after them (the old one,
	 * whose dependency can no longer be satisfied, is cancelled). With every shard done and no merged run, submits
	 * only the merge job.
	 *
	 * @return the status before resubmission and the new job ids
	 * @throws WorkflowException (bad input) as {@link #status}, when shards are still queued or running in Slurm, or
	 *         when the run is already merged; (failure) when Slurm refuses the submission
	 */
	Resubmission resubmit(Path runDir);

	/**
	 * What {@link #resubmit} did.
	 *
	 * @param before the status it acted on
	 * @param shards the shards submitted again (1-based), possibly empty
	 * @param arrayJob the new array job id, or null when no shard was resubmitted
	 * @param mergeJob the new merge job id
	 */
	record Resubmission(SlurmStatus before, java.util.List<Integer> shards, String arrayJob, String mergeJob) {
	}
}
