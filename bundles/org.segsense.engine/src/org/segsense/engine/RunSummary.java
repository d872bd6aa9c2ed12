// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.List;

import org.segsense.model.RunStatus;

/**
 * What a run did.
 *
 * @param runDir the run folder
 * @param studyId the study
 * @param studyJobs jobs of the whole study
 * @param shardJobs jobs of the shard that was run
 * @param skipped jobs committed before (resume)
 * @param done jobs done in this run
 * @param failed jobs that failed in this run
 * @param cancelled true if the run was stopped before its end
 * @param workers worker threads
 * @param inferenceThreads intra-op threads per worker
 * @param wallNanos wall time of the run
 * @param jobNanos sum of the jobs' times
 * @param engineNanos sum of the time inside the inference engine
 * @param failures the failure messages (job key: message) of the failed jobs with the 20 smallest job indices, in job order
 * @param jobsWallNanos wall time from the start of the jobs (consensus references included) to the last
 *        commit, or 0 when the run was interrupted
 * @param engineBusyNanos wall time in that span during which at least one inference-engine call ran
 */
public record RunSummary(Path runDir, String studyId, int studyJobs, int shardJobs, int skipped, int done, int failed, boolean cancelled,
		int workers, int inferenceThreads, long wallNanos, long jobNanos, long engineNanos, List<String> failures,
		long jobsWallNanos, long engineBusyNanos) {

	/** @return {@link RunStatus#COMPLETED}, {@link RunStatus#INCOMPLETE} (failed jobs) or {@link RunStatus#CANCELLED} */
	public RunStatus status() {
		return cancelled ? RunStatus.CANCELLED : failed > 0 ? RunStatus.INCOMPLETE : RunStatus.COMPLETED;
	}

	/** @return the share of the jobs' wall time with no inference-engine call running (the device waiting), or NaN */
	public double engineIdleShare() {
		return jobsWallNanos > 0 ? Math.max(0, 1 - (double) engineBusyNanos / jobsWallNanos) : Double.NaN;
	}

	/** @return true if every job of the shard is done */
	public boolean complete() {
		return !cancelled && failed == 0 && skipped + done == shardJobs;
	}
}
