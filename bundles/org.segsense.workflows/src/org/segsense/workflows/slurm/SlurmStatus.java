// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.nio.file.Path;
import java.util.List;

/**
 * The state of a Slurm run, read from its shard stores ({@link SlurmService#status}).
 *
 * @param runDir the run folder
 * @param studyId the study's id
 * @param shards per shard, shard 1 first
 * @param merged true when the run folder holds the merged store
 * @param report true when the merged run's report exists
 * @param arrayJobs the array job ids submitted so far, oldest first
 * @param mergeJob the id of the latest merge job
 */
public record SlurmStatus(Path runDir, String studyId, List<Shard> shards, boolean merged, boolean report, List<String> arrayJobs,
		String mergeJob) {

	public SlurmStatus {
		shards = List.copyOf(shards);
		arrayJobs = List.copyOf(arrayJobs);
	}

	/**
	 * One shard.
	 *
	 * @param index I of I/N
	 * @param folder its run folder
	 * @param jobs its jobs
	 * @param done jobs committed as done
	 * @param failed jobs committed as failed (a resume runs them again)
	 * @param started false when its store does not exist yet
	 */
	public record Shard(int index, Path folder, int jobs, int done, int failed, boolean started) {
		/** @return jobs neither done nor failed */
		public int pending() {
			return jobs - done - failed;
		}

		/** @return true when every job is done */
		public boolean finished() {
			return done == jobs;
		}

		/** @return done, failed, running (started, pending jobs) or pending (no store yet) */
		public String state() {
			return finished() ? "done" : failed > 0 ? "failed" : started ? "unfinished" : "pending";
		}
	}

	/** @return the shards that are not done, by index */
	public List<Integer> unfinished() {
		return shards.stream().filter(s -> !s.finished()).map(Shard::index).toList();
	}

	/** @return jobs of the study */
	public int jobs() {
		return shards.stream().mapToInt(Shard::jobs).sum();
	}

	/** @return done jobs over all shards */
	public int done() {
		return shards.stream().mapToInt(Shard::done).sum();
	}

	/** @return failed jobs over all shards */
	public int failed() {
		return shards.stream().mapToInt(Shard::failed).sum();
	}
}
