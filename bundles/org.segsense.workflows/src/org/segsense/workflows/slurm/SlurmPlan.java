// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.nio.file.Path;
import java.util.List;

/**
 * The scripts and command lines of a Slurm submission ({@link SlurmService#plan}), with the job ids once
 * submitted ({@link SlurmService#submit}).
 *
 * @param runDir the run folder (absolute)
 * @param studyId the study's id
 * @param studySha256 the study file's checksum
 * @param studyJobs the study's jobs
 * @param shardJobs the jobs of each shard, shard 1 first
 * @param shardsScript the array script's text ({@link SlurmFolder#shardsScript})
 * @param mergeScript the merge script's text ({@link SlurmFolder#mergeScript})
 * @param sbatchLines the sbatch command lines, array first ({@code <ARRAY_JOB_ID>} stands for its id in the merge's)
 * @param arrayJob the array job id, or null before submission
 * @param mergeJob the merge job id, or null before submission
 */
public record SlurmPlan(Path runDir, String studyId, String studySha256, int studyJobs, List<Integer> shardJobs, String shardsScript,
		String mergeScript, List<String> sbatchLines, String arrayJob, String mergeJob) {

	public SlurmPlan {
		shardJobs = List.copyOf(shardJobs);
		sbatchLines = List.copyOf(sbatchLines);
	}

	/** @return the number of shards */
	public int shards() {
		return shardJobs.size();
	}

	/** @return this plan with the submitted job ids */
	SlurmPlan submitted(String array, String merge) {
		return new SlurmPlan(runDir, studyId, studySha256, studyJobs, shardJobs, shardsScript, mergeScript, sbatchLines, array, merge);
	}
}
